import { getTranslations } from "next-intl/server";

/** Download links for the open-data export of the public directory (GET /api/v1/export). */
export async function OpenDataLinks() {
  const t = await getTranslations("opendata");
  return (
    <section aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{t("title")}</h2>
      <p>{t("text")}</p>
      <ul>
        <li>
          <a href="/api/v1/export?format=csv" download>
            {t("csv")}
          </a>
        </li>
        <li>
          <a href="/api/v1/export?format=geojson" download>
            {t("geojson")}
          </a>
        </li>
      </ul>
    </section>
  );
}
