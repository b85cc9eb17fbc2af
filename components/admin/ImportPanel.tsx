"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ENTRY_KINDS } from "@/lib/directory/kinds";
import { api } from "./api";

/** Upload a file, check it (dry run: every problem by row and field), then import it whole. */
export function ImportPanel() {
  const t = useTranslations("admin");
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState("advocate");
  const [report, setReport] = useState<any>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setMessage(null);
    const params = new URLSearchParams({ fileName: file.name, kind, dryRun: String(dryRun) });
    const res = await api(`/api/v1/admin/import?${params}`, { raw: await file.text() });
    if (res.ok) {
      setReport(res.data);
      if (!dryRun) setMessage(t("import.done"));
    } else if (res.data?.error?.problems) setReport({ ...report, problems: res.data.error.problems });
    else setMessage(res.data?.error?.message ?? t("errors.generic", { status: res.status }));
  }

  const problems: any[] = report?.problems ?? [];
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
          {report.total !== undefined && <p>{t("import.summary", report)}</p>}
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
