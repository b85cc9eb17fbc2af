"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { formatDistance } from "@/lib/geo/format";
import { EntryNameText } from "@/components/entry/EntryNameText";
import { KindIcon } from "@/components/entry/KindIcon";
import { PhoneLinks } from "@/components/entry/PhoneLinks";
import { SampleBadge } from "@/components/entry/SampleBadge";
import { Link } from "@/i18n/navigation";
import type { ListedEntry, RegionOption, ShownEntry } from "./types";

interface Props {
  entry: ShownEntry & { distanceKm?: number };
  regions: Map<string, RegionOption>;
  onShowOnMap: (entry: ListedEntry) => void;
  selected: boolean;
  /** Why the entry is listed, e.g. a serving court's role. */
  note?: string;
}

export function ResultItem({ entry, regions, onShowOnMap, selected, note }: Props) {
  const t = useTranslations("home");
  const k = useTranslations("kinds");
  const f = useTranslations("facts");
  const locale = useLocale() as Locale;
  const region = entry.regionIso ? regions.get(entry.regionIso)?.name[locale] : undefined;
  return (
    <li className={`result${selected ? " result--selected" : ""}`} data-entry-id={entry.id}>
      <KindIcon kind={entry.kind} letter={k(`letter.${entry.kind}`)} />
      <div className="result-body">
        <h3 className="result-name">
          <Link href={`/entries/${entry.id}`}>
            <EntryNameText name={entry.name} locale={locale} />
          </Link>
        </h3>
        {note ? <p className="result-note">{note}</p> : null}
        {entry.formerNames?.length ? <p className="result-note">{f("formerly", { names: entry.formerNames.map((n) => n.name).join("; ") })}</p> : null}
        <p className="result-meta">
          {entry.courtKind ? k(`courtKind.${entry.courtKind}`) : k(`kind.${entry.kind}`)}
          {entry.locality ? ` · ${entry.locality}` : null}
          {region && region !== entry.locality ? ` · ${region}` : null}
        </p>
        {entry.address ? <p className="result-address">{entry.address}</p> : null}
        {entry.phones ? <PhoneLinks phones={entry.phones} /> : null}
        {entry.distanceKm !== undefined ? (
          <p className="result-distance" suppressHydrationWarning>{t("away", { distance: formatDistance(entry.distanceKm, locale) })}</p>
        ) : null}
        {entry.sample ? <SampleBadge label={t("sample")} /> : null}
        {entry.location ? (
          <button type="button" className="link-button" onClick={() => onShowOnMap(entry)}>
            {t("showOnMap")}
            <span className="visually-hidden">
              : <EntryNameText name={entry.name} locale={locale} />
            </span>
          </button>
        ) : (
          <p className="result-meta">{t("unlocated")}</p>
        )}
      </div>
    </li>
  );
}
