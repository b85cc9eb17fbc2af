import { getTranslations } from "next-intl/server";
import type { ApiEntry } from "@/lib/validation/entry";

type Address = NonNullable<ApiEntry["visitingAddress"]>;

/** An address in parts as one line: street and building, office, settlement, postal code. */
export async function AddressText({ address }: { address: Address }) {
  const t = await getTranslations("facts.address");
  const street = [address.street, address.building].filter(Boolean).join(", ");
  const line = [street, address.office ? t("officeShort", { office: address.office }) : "", address.locality ?? "", address.postalCode ?? ""].filter(Boolean).join(", ");
  return <address className="address-line">{line}</address>;
}
