"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { NearResults } from "@/lib/directory/near";
import { ResultItem } from "./ResultItem";
import { nearGroups } from "./near-groups";
import type { ListedEntry, RegionOption } from "./types";

interface Props {
  point: { lat: number; lng: number };
  near: NearResults;
  regions: Map<string, RegionOption>;
  onShowOnMap: (entry: ListedEntry) => void;
  onFilterRegion: (iso: string) => void;
  selectedId?: string;
}

/** What is at a point: the place, the courts that serve it, then the nearest courts and practitioners, kind by kind. */
export function PointResults({ point, near, regions, onShowOnMap, onFilterRegion, selectedId }: Props) {
  const t = useTranslations("home");
  const m = useTranslations("directory");
  const k = useTranslations("kinds");
  const locale = useLocale() as Locale;
  const place = near.locate;
  // Coordinates keep the decimal point in every language: "42,92, 71,4" would be ambiguous.
  const coords = (n: number) => n.toFixed(4);
  const regionName = place.region ? (place.region.name[locale] ?? place.region.iso) : undefined;
  const where = [place.district?.name[locale], regionName].filter(Boolean).join(", ");
  const groups = nearGroups(point, near);
  return (
    <section className="point-results" aria-labelledby="point-title">
      <h2 id="point-title" tabIndex={-1} suppressHydrationWarning>
        {t("nearestTitle", { lat: coords(point.lat), lng: coords(point.lng) })}
      </h2>
      {!place.inKazakhstan || !place.region ? (
        <p role="status">{t("outside")}</p>
      ) : (
        <p>
          {t("place", { place: where })}{" "}
          <button type="button" className="link-button" onClick={() => onFilterRegion(place.region!.iso)}>
            {t("filterRegion", { region: regionName! })}
          </button>
        </p>
      )}
      {groups.length === 0 ? <p>{t("nearestNone")}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="near-group" aria-labelledby={`near-${group.key}`}>
          <h3 id={`near-${group.key}`}>{group.key === "serving" ? t("servingTitle") : m(`near.${group.key}`)}</h3>
          <ul className="results" suppressHydrationWarning>
            {group.items.map((e) => (
              <ResultItem
                key={`${group.key}-${e.id}`}
                entry={e}
                regions={regions}
                onShowOnMap={onShowOnMap}
                selected={e.id === selectedId}
                note={e.role ? k(`role.${e.role}`) : undefined}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
