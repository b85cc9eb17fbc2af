import { getTranslations } from "next-intl/server";
import type { AccessFigures } from "@/lib/access/figures";
import { count, km, share } from "./format";

/** One area's figures as a definition list, with the population they cover stated beside them. */
export async function FiguresSummary({ figures, locale }: { figures: AccessFigures; locale: string }) {
  const t = await getTranslations("access");
  const items: [string, string][] = [
    [t("figures.mean"), km(figures.meanKm, locale)],
    [t("figures.median"), km(figures.medianKm, locale)],
    [t("figures.over25"), share(figures.shareOver25Km, locale)],
    [t("figures.over50"), share(figures.shareOver50Km, locale)],
    [t("figures.over100"), share(figures.shareOver100Km, locale)],
    [t("figures.courtsPer100k"), count(figures.courtsPer100k, locale)],
  ];
  return (
    <>
      <dl className="access-figures">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t("coveredShort", { population: count(figures.coverage.population, locale), settlements: count(figures.coverage.settlements, locale) })}</p>
    </>
  );
}
