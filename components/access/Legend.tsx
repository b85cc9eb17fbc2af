import { getTranslations } from "next-intl/server";
import { formatDistance } from "@/lib/geo/format";
import { DISTANCE_BINS, NO_DATA_COLOUR } from "./palette";

/** The choropleth's key, as text beside the map (the colours alone carry nothing the table does not say). */
export async function DistanceLegend({ locale }: { locale: string }) {
  const t = await getTranslations("access");
  const label = (i: number) => {
    const from = i === 0 ? 0 : DISTANCE_BINS[i - 1]!.upToKm;
    const to = DISTANCE_BINS[i]!.upToKm;
    return to === Infinity ? `≥ ${formatDistance(from, locale)}` : `${formatDistance(from, locale)} – ${formatDistance(to, locale)}`;
  };
  return (
    <div className="access-legend">
      <p className="access-legend__title">{t("legendTitle")}</p>
      <ul>
        {DISTANCE_BINS.map((b, i) => (
          <li key={b.colour}>
            <span className="access-legend__swatch" style={{ background: b.colour }} aria-hidden="true" />
            {label(i)}
          </li>
        ))}
        <li>
          <span className="access-legend__swatch access-legend__swatch--none" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
          {t("legendNoData")}
        </li>
        <li>
          <span className="access-legend__building" aria-hidden="true" />
          {t("legendBuilding")}
        </li>
      </ul>
    </div>
  );
}
