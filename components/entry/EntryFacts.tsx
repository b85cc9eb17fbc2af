import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ApiEntry } from "@/lib/validation/entry";
import { AddressText } from "./AddressText";
import { FactList } from "./FactIcon";
import { OpeningHoursView } from "./OpeningHoursView";
import { PhoneLinks } from "./PhoneLinks";

interface Props {
  entry: ApiEntry;
  regionName?: string;
  districtName?: string;
  /** The instant the page is rendered for ("open now" is worked out for it). */
  now?: Date;
}

/** Every field of an entry as a description list; empty fields say "not given" rather than vanish. */
export async function EntryFacts({ entry, regionName, districtName, now = new Date() }: Props) {
  const t = await getTranslations("entry");
  const k = await getTranslations("kinds");
  const f = await getTranslations("facts");
  const purpose = (p?: string) => (p ? ` (${f(`purpose.${p}`)})` : "");
  const features = entry.accessibilityFeatures ?? [];
  const none = <span className="not-given">{t("notGiven")}</span>;
  const rows: [string, ReactNode][] = [
    [t("kind"), k(`kind.${entry.kind}`)],
    ...(entry.courtKind ? [[t("courtKind"), k(`courtKind.${entry.courtKind}`)] as [string, ReactNode]] : []),
    [t("region"), regionName ?? none],
    [t("district"), districtName ?? none],
    [t("locality"), entry.locality ?? none],
    [t("address"), entry.visitingAddress ? <AddressText address={entry.visitingAddress} /> : (entry.address ?? none)],
    ...(entry.postalAddress ? [[f("address.postal"), <AddressText key="postal" address={entry.postalAddress} />] as [string, ReactNode]] : []),
    [t("phones"), entry.phones.length ? <PhoneLinks phones={entry.phones} /> : none],
    [
      t("emails"),
      entry.emails.length
        ? entry.emails.map((e) => (
            <span key={e.address}>
              <a href={`mailto:${e.address}`}>{e.address}</a>
              {purpose(e.purpose)}
            </span>
          ))
        : none,
    ],
    [t("website"), entry.website ? <a href={entry.website}>{entry.website}</a> : none],
    [t("openingHours"), entry.openingHours ? <OpeningHoursView hours={entry.openingHours} now={now} /> : none],
    ...(entry.kind === "court"
      ? [[t("services"), entry.services.length ? <FactList items={entry.services} label={(s) => k(`service.${s}`)} /> : none] as [string, ReactNode]]
      : []),
    [
      t("accessibility"),
      features.length || entry.accessibility ? (
        <>
          {features.length ? <FactList items={features} label={(a) => f(`accessibility.${a}`)} /> : null}
          {entry.accessibility ? <p>{entry.accessibility}</p> : null}
        </>
      ) : (
        none
      ),
    ],
    ...(entry.kind !== "court" ? [[t("licence"), entry.licenceNumber ?? none] as [string, ReactNode]] : []),
    [t("languages"), entry.languages.length ? entry.languages.map((l) => f(`language.${l}`)).join(", ") : none],
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
