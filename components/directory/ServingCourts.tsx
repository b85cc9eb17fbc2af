"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { LocateResponse } from "@/lib/validation/responses";
import { ResultItem } from "./ResultItem";
import type { ListedEntry, RegionOption } from "./types";

interface Props {
  place: LocateResponse;
  regions: Map<string, RegionOption>;
  onShowOnMap: (entry: ListedEntry) => void;
  onFilterRegion: (iso: string) => void;
  selectedId?: string;
}

/** Where a point is (region, district) and the courts that serve it, from the API's locate. */
export function ServingCourts({ place, regions, onShowOnMap, onFilterRegion, selectedId }: Props) {
  const t = useTranslations("home");
  const k = useTranslations("kinds");
  const locale = useLocale() as Locale;
  if (!place.inKazakhstan || !place.region) return <p role="status">{t("outside")}</p>;
  const regionName = place.region.name[locale] ?? place.region.iso;
  const where = [place.district?.name[locale], regionName].filter(Boolean).join(", ");
  return (
    <section aria-labelledby="serving-title" className="serving">
      <p>
        {t("place", { place: where })}{" "}
        <button type="button" className="link-button" onClick={() => onFilterRegion(place.region!.iso)}>
          {t("filterRegion", { region: regionName })}
        </button>
      </p>
      <h2 id="serving-title">{t("servingTitle")}</h2>
      <ul className="results">
        {place.courts.map(({ role, entry }) => (
          <ResultItem key={`${role}-${entry.id}`} entry={entry} regions={regions} onShowOnMap={onShowOnMap} selected={entry.id === selectedId} note={k(`role.${role}`)} />
        ))}
      </ul>
    </section>
  );
}
