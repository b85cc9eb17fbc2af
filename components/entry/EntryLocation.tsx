import { getLocale, getTranslations } from "next-intl/server";
import type { ApiEntry } from "@/lib/validation/entry";
import { MiniMap } from "@/components/map";
import { tileConfig } from "@/components/site/tiles";
import { Link } from "@/i18n/navigation";
import { directionLinks } from "./directions";
import { entryName } from "./names";

/** Where the entry is, how exact that is (in words), a small map and route-planner links. */
export async function EntryLocation({ entry }: { entry: ApiEntry }) {
  const t = await getTranslations("entry");
  const locale = await getLocale();
  const loc = entry.location;
  if (!loc) return <p>{t("noLocation")}</p>;
  return (
    <>
      <p>
        {/* The decimal point in every language: "42,89799, 71,37334" would be ambiguous. */}
        {t("coordinates")}: {loc.lat.toFixed(5)}, {loc.lng.toFixed(5)} — <strong>{t(`precision.${loc.precision}`)}</strong>
      </p>
      {entry.locationNote ? <p className="hint">{entry.locationNote}</p> : null}
      <div role="region" aria-label={t("mapLabel")}>
        <MiniMap lat={loc.lat} lng={loc.lng} kind={entry.kind} title={entryName(entry.name, locale).text} tiles={tileConfig()} />
      </div>
      <p>
        <Link href={`/?entry=${entry.id}&map=13/${loc.lat}/${loc.lng}`}>{t("onMap")}</Link>
      </p>
      <h2>{t("directions")}</h2>
      <ul className="inline-list">
        {directionLinks(loc.lat, loc.lng).map((d) => (
          <li key={d.service}>
            <a href={d.href} rel="noopener">
              {d.service}
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">{t("directionsNote")}</p>
    </>
  );
}
