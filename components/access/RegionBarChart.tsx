import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { RegionAccess } from "@/lib/access/model";
import { km } from "./format";
import { distanceColour } from "./palette";

const ROW = 22;
const LABEL = 250;
const BAR = 260;
const VALUE = 70;

/** The regions' mean distance as horizontal bars, drawn on the server (no script), each bar with its value in text. */
export async function RegionBarChart({ regions, locale }: { regions: RegionAccess[]; locale: string }) {
  const t = await getTranslations("access");
  const rows = [...regions].sort((a, b) => (b.figures.meanKm ?? -1) - (a.figures.meanKm ?? -1));
  const max = Math.max(1, ...rows.map((r) => r.figures.meanKm ?? 0));
  const height = rows.length * ROW + 8;
  return (
    <figure className="access-chart">
      <figcaption>{t("chart.title")}</figcaption>
      <svg viewBox={`0 0 ${LABEL + BAR + VALUE} ${height}`} role="img" aria-labelledby="access-chart-title access-chart-desc">
        <title id="access-chart-title">{t("chart.title")}</title>
        <desc id="access-chart-desc">{t("chart.desc")}</desc>
        {rows.map((r, i) => {
          const value = r.figures.meanKm;
          const width = value === null ? 0 : Math.max(1, (value / max) * BAR);
          const y = 4 + i * ROW;
          return (
            <g key={r.iso}>
              <text x={LABEL - 6} y={y + ROW / 2 + 4} textAnchor="end" fontSize="12">
                {r.name[locale as Locale]}
              </text>
              <rect x={LABEL} y={y + 3} width={width} height={ROW - 6} fill={distanceColour(value)} stroke="#5b6573" strokeWidth="0.5" />
              <text x={LABEL + width + 4} y={y + ROW / 2 + 4} fontSize="12">
                {km(value, locale)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
