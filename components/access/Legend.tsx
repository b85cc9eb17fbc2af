import { getTranslations } from "next-intl/server";
import { formatDistance } from "@/lib/geo/format";
import { DISTANCE_BINS, NO_DATA_COLOUR } from "./palette";

// SVG fills, not style attributes: the CSP allows no inline styles, so a `style` colour would never show.
function Swatch({ colour, hatched = false }: { colour: string; hatched?: boolean }) {
  return (
    <svg className="access-legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
      <rect width="16" height="16" fill={colour} />
      {hatched ? <path d="M0 4L4 0M0 10L10 0M0 16L16 0M6 16L16 6M12 16L16 12" stroke="#8a8f98" strokeWidth="1" /> : null}
    </svg>
  );
}

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
            <Swatch colour={b.colour} />
            {label(i)}
          </li>
        ))}
        <li>
          <Swatch colour={NO_DATA_COLOUR} hatched />
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
