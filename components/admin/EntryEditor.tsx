"use client";

import { useLocale, useTranslations } from "next-intl";
import { StaffInvite } from "./StaffInvite";
import { useCallback, useEffect, useState } from "react";
import { callApi, type ApiCallError } from "@/components/api/client";
import { useRouter } from "@/i18n/navigation";
import { ConflictSchema, type AdminEntry, type Conflict, type WriteResult } from "@/lib/validation/admin";
import { EntryInputSchema } from "@/lib/validation/entry-input";
import "./admin.css";
import { ChangesTable } from "./ChangesTable";
import { EntryForm } from "./EntryForm";
import { useErrorText } from "./error-text";
import { errorId, FieldError } from "./FieldError";
import { apiFieldErrors, type FieldErrors } from "./field-errors";
import { emptyForm, formFromEntry, pickFields } from "./form-value";
import { History } from "./History";
import { entryLabel } from "./names";

/** A 409 that says who saved in the meantime and what they changed; null for any other error. */
function conflictOf(error: ApiCallError): Conflict | null {
  const parsed = ConflictSchema.shape.error.safeParse({ ...error.details, code: error.code, message: error.message });
  return parsed.success ? parsed.data : null;
}

/** Create (no id) or edit an entry: save with its version, close/reopen, history and restore. */
export function EntryEditor({ id }: { id?: string }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const router = useRouter();
  const [entry, setEntry] = useState<AdminEntry | null>(null);
  const [loadKey, setLoadKey] = useState(0); // remounts the form with fresh values after a reload
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [closeNote, setCloseNote] = useState("");
  const [successor, setSuccessor] = useState("");
  const [closeError, setCloseError] = useState<FieldErrors>({});
  const errorText = useErrorText();
  const f = useTranslations("facts");

  const load = useCallback(async () => {
    if (!id) return;
    const res = await callApi<AdminEntry>(`/api/v1/admin/entries/${encodeURIComponent(id)}`);
    if (res.ok) {
      setEntry(res.data);
      setLoadKey((k) => k + 1);
    } else setMessage(errorText(res.error.field, res.error.code, res.error.status));
  }, [id, errorText]);
  useEffect(() => {
    void load();
  }, [load]);

  async function save(input: Record<string, unknown>, changed: string[]): Promise<FieldErrors | void> {
    setMessage(null);
    if (!id) {
      const res = await callApi<Pick<WriteResult, "id" | "version">>("/api/v1/admin/entries", { body: input });
      if (res.ok) return router.push(`/admin/entries/${encodeURIComponent(res.data.id)}`);
      setMessage(errorText(res.error.field, res.error.code, res.error.status));
      return apiFieldErrors(res.error);
    }
    if (!entry) return;
    const res = await callApi<WriteResult>(`/api/v1/admin/entries/${encodeURIComponent(id)}`, { method: "PUT", body: { version: entry.version, entry: pickFields(input, changed) } });
    if (!res.ok) {
      const stale = conflictOf(res.error);
      if (stale) return setConflict(stale);
      setMessage(errorText(res.error.field, res.error.code, res.error.status));
      return apiFieldErrors(res.error, "entry.");
    }
    setConflict(null);
    setMessage(t("form.saved", { version: res.data.version }));
    setEntry({ ...entry, version: res.data.version });
  }

  async function setStatus(action: "close" | "reopen") {
    if (!id || !entry) return;
    const body = { version: entry.version, note: closeNote, ...(action === "close" && successor.trim() ? { replacedBy: successor.trim() } : {}) };
    const res = await callApi<WriteResult>(`/api/v1/admin/entries/${encodeURIComponent(id)}/${action}`, { body });
    const stale = res.ok ? null : conflictOf(res.error);
    if (stale) return setConflict(stale);
    setCloseError(res.ok ? {} : apiFieldErrors(res.error));
    setMessage(res.ok ? t("form.saved", { version: res.data.version }) : errorText(res.error.field, res.error.code, res.error.status));
    if (res.ok) await load();
  }

  if (id && !entry) return <p role="status">{message ?? "…"}</p>;
  return (
    <div className="entry-editor">
      <h1>{entry ? `${t("form.editHeading")}: ${entryLabel(entry, locale)}` : t("form.newHeading")}</h1>
      {entry?.status === "closed" && <p className="notice">{t("form.closed")}</p>}
      {message && (
        <p className="form-message" role="status">
          {message}
        </p>
      )}
      {conflict && (
        <div className="conflict" role="alert">
          <p>{t("form.conflict", { version: conflict.currentVersion })}</p>
          <ChangesTable changes={conflict.changes} />
          <button
            type="button"
            onClick={async () => {
              setConflict(null);
              await load();
            }}
          >
            {t("form.reload")}
          </button>
        </div>
      )}
      <EntryForm key={loadKey} initial={entry ? formFromEntry(entry) : emptyForm()} schema={EntryInputSchema} mode="full" submitLabel={t("form.save")} onSubmit={save} />
      {id && entry && (
        <>
          <section className="entry-status" aria-label={t("table.status")}>
            <label>
              {t("form.closeNote")} <input value={closeNote} onChange={(e) => setCloseNote(e.target.value)} />
            </label>
            {entry.status === "active" && (
              <label>
                {f("history.successor")}{" "}
                <input
                  value={successor}
                  onChange={(e) => setSuccessor(e.target.value)}
                  aria-describedby={`successor-hint${closeError.replacedBy ? ` ${errorId("replacedBy")}` : ""}`}
                  aria-invalid={closeError.replacedBy ? true : undefined}
                />
                <span className="hint" id="successor-hint">
                  {f("history.successorHint")}
                </span>
                <FieldError id={errorId("replacedBy")} field="replacedBy" code={closeError.replacedBy} />
              </label>
            )}
            {entry.status === "active" ? (
              <button type="button" onClick={() => setStatus("close")}>
                {t("form.close")}
              </button>
            ) : (
              <button type="button" onClick={() => setStatus("reopen")}>
                {t("form.reopen")}
              </button>
            )}
          </section>
          {entry.kind === "court" && entry.status === "active" ? <StaffInvite entryId={id} /> : null}
          <History id={id} version={entry.version} onRestored={load} />
        </>
      )}
    </div>
  );
}
