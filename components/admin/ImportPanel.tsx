"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "@/components/api/client";
import { ENTRY_KINDS } from "@/lib/directory/kinds";
import { IMPORT_ENCODINGS, ProblemSchema, type ImportJob, type ImportReport, type Problem } from "@/lib/validation/import";

const POLL_MS = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Upload a file, check it (dry run: every problem by row and field), then import it whole. Each run is a
 * job on the server: started by the upload, followed here until it has its report.
 */
export function ImportPanel() {
  const t = useTranslations("admin");
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState("advocate");
  const [encoding, setEncoding] = useState("auto");
  const [report, setReport] = useState<ImportReport | Pick<ImportReport, "problems" | "problemCount"> | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setMessage(null);
    const params = new URLSearchParams({ fileName: file.name, kind, encoding, dryRun: String(dryRun) });
    const started = await callApi<ImportJob>(`/api/v1/admin/import?${params}`, { raw: file });
    if (!started.ok) {
      setMessage(started.error.message || t("errors.generic", { status: started.error.status }));
      return;
    }
    let current = started.data;
    setJob(current);
    while (current.status === "queued" || current.status === "running") {
      await sleep(POLL_MS);
      const res = await callApi<ImportJob>(`/api/v1/admin/import/jobs/${current.id}`);
      if (!res.ok) {
        setMessage(res.error.message || t("errors.generic", { status: res.error.status }));
        break;
      }
      current = res.data;
      setJob(current);
    }
    setJob(null);
    const found = ProblemSchema.array().safeParse(current.error?.problems);
    if (current.status === "done" && current.report) {
      setReport(current.report);
      if (!dryRun) setMessage(t("import.done"));
    } else if (found.success) setReport({ problems: found.data, problemCount: Number(current.error?.problemCount ?? found.data.length) });
    else if (current.error) setMessage(current.error.message);
  }

  const problems: Problem[] = report?.problems ?? [];
  const problemCount: number = report?.problemCount ?? problems.length;
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
      <label>
        {t("import.encoding")}{" "}
        <select value={encoding} onChange={(e) => setEncoding(e.target.value)}>
          {IMPORT_ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!file || job !== null} onClick={() => run(true)}>
        {t("import.dryRun")}
      </button>
      <button type="button" disabled={!file || job !== null || !report || problems.length > 0} onClick={() => run(false)}>
        {t("import.apply")}
      </button>
      {job && (
        <p role="status">
          <progress max={100} value={job.progress.percent} />{" "}
          {t(job.phase === "applying" ? "import.applying" : "import.reading", { percent: job.progress.percent, rows: job.progress.rows })}
        </p>
      )}
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
              <p>{t("import.problems", { count: problemCount })}</p>
              {problemCount > problems.length && <p>{t("import.moreProblems", { shown: problems.length, count: problemCount })}</p>}
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
