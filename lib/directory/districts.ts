import { Invalid } from "../errors";
import type { Tx } from "./write";

/** A district named on an entry must exist and lie in the entry's region (a 400 on the field, not a foreign-key 500). */
export async function assertKnownDistrict(tx: Tx, districtKato: string | undefined, regionIso: string | null): Promise<void> {
  if (districtKato === undefined) return;
  const district = await tx.district.findUnique({ where: { kato: districtKato }, select: { regionIso: true } });
  if (!district) throw new Invalid("districtKato", `districtKato: no district has KATO code "${districtKato}"`);
  if (regionIso !== null && district.regionIso !== regionIso) {
    throw new Invalid("districtKato", `districtKato: district ${districtKato} is in ${district.regionIso}, not ${regionIso}`);
  }
}
