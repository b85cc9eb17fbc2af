import { getTranslations } from "next-intl/server";
import type { ReportBuilding } from "@/lib/access/buildings";

/** The report's 23 buildings as a table (the map layer's accessible alternative), credited to the report. */
export async function BuildingsTable({ buildings, locale }: { buildings: ReportBuilding[]; locale: string }) {
  const t = await getTranslations("access.buildings");
  const money = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="access-buildings">
      <h2 id="access-buildings">{t("title")}</h2>
      <p>{t("intro")}</p>
      {/* Focusable: on a phone the table scrolls sideways, and a keyboard must be able to scroll it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="access-buildings">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("court")}</th>
              <th scope="col">{t("asWritten")}</th>
              <th scope="col" className="num">{t("year")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col" className="num">{t("budget")}</th>
            </tr>
          </thead>
          <tbody>
            {buildings.map((b) => (
              <tr key={`${b.courtAsWritten}-${b.year}`}>
                <th scope="row">{b.court ? <span lang="ru">{b.court.nameRu}</span> : <em>{t("notMatched")}</em>}</th>
                <td lang="kk">{b.courtAsWritten}</td>
                <td className="num">{b.year}</td>
                <td>{t(b.status)}</td>
                <td className="num">
                  {b.budgetTenge === null ? b.budgetAsWritten : `${money.format(b.budgetTenge)} ₸`} <span className="hint">({t(b.budgetSource)})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t("source")}</p>
    </section>
  );
}
