"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "@/components/api/client";
import { ENTRY_KINDS } from "@/lib/directory/kinds";
import { ProblemSchema, type ImportReport, type Problem } from "@/lib/validation/import";

/** Upload a file, check it (dry run: every problem by row and field), then import it whole. */
export function ImportPanel() {
  const t = useTranslations("admin");
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState("advocate");
  const [report, setReport] = useState<ImportReport | Pick<ImportReport, "problems"> | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setMessage(null);
    const params = new URLSearchParams({ fileName: file.name, kind, dryRun: String(dryRun) });
    const res = await callApi<ImportReport>(`/api/v1/admin/import?${params}`, { raw: await file.text() });
    if (res.ok) {
      setReport(res.data);
      if (!dryRun) setMessage(t("import.done"));
      return;
    }
    const found = ProblemSchema.array().safeParse(res.error.details.problems);
    if (found.success) setReport({ ...report, problems: found.data });
    else setMessage(res.error.message || t("errors.generic", { status: res.error.status }));
  }

  const problems: Problem[] = report?.problems ?? [];
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t("import.heading")}</h2>
      <label>
        {t("import.file")}{" "}
        <input
          type="file"
          accept=".csv,.geojson,.json"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReport(null);
          }}
        />
      </label>
      <label>
        {t("import.kind")}{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!file} onClick={() => run(true)}>
        {t("import.dryRun")}
      </button>
      <button type="button" disabled={!file || !report || problems.length > 0} onClick={() => run(false)}>
        {t("import.apply")}
      </button>
      {message && <p role="status">{message}</p>}
      {report && (
        <div aria-live="polite">
          {"total" in report && (
            <p>{t("import.summary", { total: report.total, created: report.created, updated: report.updated, unchanged: report.unchanged, located: report.located })}</p>
          )}
          {problems.length === 0 ? (
            <p>{t("import.noProblems")}</p>
          ) : (
            <>
              <p>{t("import.problems", { count: problems.length })}</p>
              <table className="admin-table problems">
                <thead>
                  <tr>
                    <th scope="col">{t("import.row")}</th>
                    <th scope="col">{t("import.field")}</th>
                    <th scope="col">{t("import.message")}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.row}</td>
                      <td>{p.field}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
