"use client";

import { useLocale, useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/i18n/locales";
import { SPECIALISATIONS } from "@/lib/directory/kinds";
import type { MarkersResponse } from "@/lib/validation/responses";
import type { ViewState } from "./view-state";

interface Props {
  state: ViewState;
  facets: MarkersResponse["facets"] | null;
  onChange: (patch: Partial<ViewState>) => void;
}

const toggled = <T,>(list: T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((x) => x !== value));

/**
 * Languages spoken and areas of practice, each with how many of the current matches have it: ticking one
 * leaves exactly that many (an entry must have every one ticked).
 */
export function PractitionerFilters({ state, facets, onChange }: Props) {
  const t = useTranslations("directory");
  const locale = useLocale() as Locale;
  const language = new Intl.DisplayNames([locale], { type: "language" });
  const count = (n: number | undefined) => (facets ? ` (${new Intl.NumberFormat(locale).format(n ?? 0)})` : "");
  return (
    <details className="practitioner-filters" open={state.languages.length + state.specialisations.length > 0}>
      <summary>{t("practitionerFilters")}</summary>
      <fieldset className="kinds">
        <legend>{t("languages")}</legend>
        {LOCALES.map((l) => (
          <label key={l} className="kind-option">
            <input
              type="checkbox"
              checked={state.languages.includes(l)}
              onChange={(e) => onChange({ languages: LOCALES.filter((x) => toggled(state.languages, l, e.target.checked).includes(x)) })}
            />
            <span suppressHydrationWarning>
              {language.of(l)}
              {count(facets?.languages[l])}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="kinds">
        <legend>{t("specialisations")}</legend>
        {SPECIALISATIONS.map((s) => (
          <label key={s} className="kind-option">
            <input
              type="checkbox"
              checked={state.specialisations.includes(s)}
              onChange={(e) => onChange({ specialisations: SPECIALISATIONS.filter((x) => toggled(state.specialisations, s, e.target.checked).includes(x)) })}
            />
            <span suppressHydrationWarning>
              {t(`specialisation.${s}`)}
              {count(facets?.specialisations[s])}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="hint">{t("practitionerHint")}</p>
    </details>
  );
}
