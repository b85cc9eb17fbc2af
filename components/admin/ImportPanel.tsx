"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ENTRY_KINDS } from "@/lib/directory/kinds";
import { IMPORT_ENCODINGS } from "@/lib/validation/import";
import { api } from "./api";

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
  const [report, setReport] = useState<any>(null);
  const [job, setJob] = useState<any>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setMessage(null);
    const params = new URLSearchParams({ fileName: file.name, kind, encoding, dryRun: String(dryRun) });
    const started = await api(`/api/v1/admin/import?${params}`, { raw: file });
    if (!started.ok) {
      setMessage(started.data?.error?.message ?? t("errors.generic", { status: started.status }));
      return;
    }
    let current = started.data;
    setJob(current);
    while (current.status === "queued" || current.status === "running") {
      await sleep(POLL_MS);
      const res = await api(`/api/v1/admin/import/jobs/${current.id}`);
      if (!res.ok) {
        setMessage(res.data?.error?.message ?? t("errors.generic", { status: res.status }));
        break;
      }
      current = res.data;
      setJob(current);
    }
    setJob(null);
    if (current.status === "done") {
      setReport(current.report);
      if (!dryRun) setMessage(t("import.done"));
    } else if (current.error?.problems) setReport({ ...report, problems: current.error.problems, problemCount: current.error.problemCount });
    else if (current.error) setMessage(current.error.message);
  }

  const problems: any[] = report?.problems ?? [];
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
          {report.total !== undefined && <p>{t("import.summary", report)}</p>}
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
