import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ApiEntry } from "@/lib/validation/entry";
import { PhoneLinks } from "./PhoneLinks";

interface Props {
  entry: ApiEntry;
  regionName?: string;
  districtName?: string;
}

/** Every field of an entry as a description list; empty fields say "not given" rather than vanish. */
export async function EntryFacts({ entry, regionName, districtName }: Props) {
  const t = await getTranslations("entry");
  const k = await getTranslations("kinds");
  const none = <span className="not-given">{t("notGiven")}</span>;
  const rows: [string, ReactNode][] = [
    [t("kind"), k(`kind.${entry.kind}`)],
    ...(entry.courtKind ? [[t("courtKind"), k(`courtKind.${entry.courtKind}`)] as [string, ReactNode]] : []),
    [t("region"), regionName ?? none],
    [t("district"), districtName ?? none],
    [t("locality"), entry.locality ?? none],
    [t("address"), entry.address ?? none],
    [t("phones"), entry.phones.length ? <PhoneLinks phones={entry.phones} /> : none],
    [
      t("emails"),
      entry.emails.length
        ? entry.emails.map((e) => (
            <a key={e.address} href={`mailto:${e.address}`}>
              {e.address}
            </a>
          ))
        : none,
    ],
    [t("website"), entry.website ? <a href={entry.website}>{entry.website}</a> : none],
    [t("openingHours"), entry.openingHours ?? none],
    ...(entry.kind === "court"
      ? [[t("services"), entry.services.length ? entry.services.map((s) => k(`service.${s}`)).join(", ") : none] as [string, ReactNode]]
      : []),
    [t("accessibility"), entry.accessibility ?? none],
    ...(entry.kind !== "court" ? [[t("licence"), entry.licenceNumber ?? none] as [string, ReactNode]] : []),
    [t("languages"), entry.languages.length ? entry.languages.join(", ") : none],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
