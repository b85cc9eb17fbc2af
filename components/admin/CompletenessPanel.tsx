"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { callApi } from "@/components/api/client";
import { Link } from "@/i18n/navigation";
import type { RegionCompleteness } from "@/lib/directory/completeness";
import { useRegionNames } from "./AdminRegions";
import { useErrorText } from "./error-text";
import { entryLabel } from "./names";

const FACTS = ["address", "phone", "hours", "nameKk"] as const;
const COLUMN = { address: "withAddress", phone: "withPhone", hours: "withHours", nameKk: "withKazakhName" } as const;

/** Editors' worklist: per region, how many courts have each fact, and the courts to complete (links to the editor). */
export function CompletenessPanel() {
  const t = useTranslations("facts.completeness");
  const a = useTranslations("admin.form");
  const locale = useLocale();
  const { nameOf } = useRegionNames();
  const errorText = useErrorText();
  const [regions, setRegions] = useState<RegionCompleteness[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void callApi<{ regions: RegionCompleteness[] }>("/api/v1/admin/completeness").then((res) => {
      if (res.ok) setRegions(res.data.regions);
      else setMessage(errorText(res.error.field, res.error.code, res.error.status));
    });
  }, [errorText]);

  return (
    <section aria-labelledby="completeness-heading">
      <h2 id="completeness-heading">{t("heading")}</h2>
      <p className="hint">{t("intro")}</p>
      <p>
        <a href="/api/v1/admin/completeness?format=csv" download>
          {t("csv")}
        </a>
      </p>
      {message && <p role="alert">{message}</p>}
      {regions === null ? (
        <p aria-busy="true">…</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t("region")}</th>
                <th scope="col">{t("courts")}</th>
                {FACTS.map((f) => (
                  <th key={f} scope="col">
                    {t(COLUMN[f])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.regionIso ?? "none"}>
                  <th scope="row">{r.regionIso ? nameOf(r.regionIso) : a("noRegion")}</th>
                  <td>{r.courts}</td>
                  {FACTS.map((f) => (
                    <td key={f}>{r.with[f]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {regions?.map((r) => (
        <details key={r.regionIso ?? "none"} className="worklist">
          <summary>
            {r.regionIso ? nameOf(r.regionIso) : a("noRegion")}: {t("show", { count: r.gaps.length })}
          </summary>
          {r.gaps.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul>
              {r.gaps.map((g) => (
                <li key={g.id}>
                  <Link href={`/admin/entries/${encodeURIComponent(g.id)}`}>{entryLabel(g, locale)}</Link> — {t("missing")}: {g.lacks.map((f) => t(`lacks.${f}`)).join(", ")}
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
