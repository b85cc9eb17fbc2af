import type { Db } from "../db/client";
import { Invalid } from "../errors";
import { repository } from "../queries/repository";
import { toApiDistrict } from "./regions";
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

/** The districts (224) with their names and outlines as GeoJSON geometry text. */
export async function districtOutlines(db: Db): Promise<{ district: ReturnType<typeof toApiDistrict> & { regionIso: string }; geometry: string }[]> {
  const { districts } = await repository(db).areas();
  return districts
    .sort((a, b) => a.kato.localeCompare(b.kato))
    .map((d) => ({ district: { ...toApiDistrict(d), regionIso: d.regionIso }, geometry: d.geometry }));
}
