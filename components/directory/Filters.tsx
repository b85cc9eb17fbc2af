"use client";

import { memo } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { COURT_KINDS, ENTRY_KINDS, type CourtKind, type EntryKind, type RegionIso } from "@/lib/directory/kinds";
import { KindIcon } from "@/components/entry/KindIcon";
import { PlaceSearch } from "./PlaceSearch";
import { PractitionerFilters } from "./PractitionerFilters";
import type { RegionOption } from "./types";
import type { MarkersResponse } from "@/lib/validation/responses";
import type { ViewState } from "./view-state";

interface Props {
  state: ViewState;
  regions: RegionOption[];
  onChange: (patch: Partial<ViewState>) => void;
  onNearMe: () => void;
  onPlace: (point: { lat: number; lng: number }) => void;
  onEntry: (id: string) => void;
  geoStatus: "idle" | "locating" | "denied" | "failed";
  facets: MarkersResponse["facets"] | null;
}

/** Memoised: the page renders again at every pan and zoom of the map, the filters need not. */
export const Filters = memo(function Filters({ state, regions, onChange, onNearMe, onPlace, onEntry, geoStatus, facets }: Props) {
  const t = useTranslations("home");
  const k = useTranslations("kinds");
  const locale = useLocale() as Locale;
  const toggleKind = (kind: EntryKind, on: boolean) => {
    const current = state.kinds.length ? state.kinds : [...ENTRY_KINDS];
    const next = on ? [...current, kind] : current.filter((x) => x !== kind);
    const kinds = ENTRY_KINDS.filter((x) => next.includes(x));
    onChange({ kinds: kinds.length === ENTRY_KINDS.length ? [] : kinds, ...(kind === "court" && !on ? { courtKind: undefined } : {}) });
  };
  const shown = (kind: EntryKind) => state.kinds.length === 0 || state.kinds.includes(kind);
  const sorted = [...regions].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  return (
    <form className="filters" role="search" aria-label={t("filters")} onSubmit={(e) => e.preventDefault()}>
      <PlaceSearch value={state.q} regions={regions} onText={(q) => onChange({ q })} onPlace={onPlace} onEntry={onEntry} />
      <fieldset className="kinds">
        <legend>{t("kinds")}</legend>
        {ENTRY_KINDS.map((kind) => (
          <label key={kind} className="kind-option">
            <input type="checkbox" checked={shown(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} />
            <KindIcon kind={kind} letter={k(`letter.${kind}`)} />
            {k(`plural.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="courtKind">{t("courtKind")}</label>
        <select
          id="courtKind"
          value={state.courtKind ?? ""}
          onChange={(e) => onChange({ courtKind: (e.target.value || undefined) as CourtKind | undefined })}
        >
          <option value="">{t("anyCourtKind")}</option>
          {COURT_KINDS.map((c) => (
            <option key={c} value={c}>
              {k(`courtKind.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="region">{t("region")}</label>
        <select id="region" value={state.region ?? ""} onChange={(e) => onChange({ region: (e.target.value || undefined) as RegionIso | undefined })}>
          <option value="">{t("anyRegion")}</option>
          {sorted.map((r) => (
            <option key={r.iso} value={r.iso}>
              {r.name[locale]}
            </option>
          ))}
        </select>
      </div>
      <PractitionerFilters state={state} facets={facets} onChange={onChange} />
      <div className="actions">
        <button type="button" onClick={onNearMe} disabled={geoStatus === "locating"}>
          {t("nearMe")}
        </button>
        {state.point ? (
          <button type="button" onClick={() => onChange({ point: undefined })}>
            {t("clearPoint")}
          </button>
        ) : null}
        <button type="button" onClick={() => onChange({ kinds: [], courtKind: undefined, region: undefined, q: "", languages: [], specialisations: [], point: undefined })}>
          {t("clearFilters")}
        </button>
      </div>
      <p role="status" className="geo-status">
        {geoStatus === "locating" ? t("locating") : geoStatus === "denied" ? t("geoDenied") : geoStatus === "failed" ? t("geoFailed") : ""}
      </p>
    </form>
  );
});
