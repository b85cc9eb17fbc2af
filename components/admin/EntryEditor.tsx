"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { EntryInputSchema } from "@/lib/validation/entry-input";
import "./admin.css";
import { api, apiFieldErrors } from "./api";
import { ChangesTable } from "./ChangesTable";
import { EntryForm } from "./EntryForm";
import { emptyForm, formFromEntry, pickFields } from "./form-value";
import { History } from "./History";
import { entryName } from "./names";

/** Create (no id) or edit an entry: save with its version, close/reopen, history and restore. */
export function EntryEditor({ id }: { id?: string }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const router = useRouter();
  const [entry, setEntry] = useState<any>(null);
  const [loadKey, setLoadKey] = useState(0); // remounts the form with fresh values after a reload
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<any>(null);
  const [closeNote, setCloseNote] = useState("");

  const load = useCallback(async () => {
    if (!id) return;
    const res = await api(`/api/v1/admin/entries/${encodeURIComponent(id)}`);
    if (res.ok) {
      setEntry(res.data);
      setLoadKey((k) => k + 1);
    } else setMessage(res.data?.error?.message ?? t("errors.generic", { status: res.status }));
  }, [id, t]);
  useEffect(() => {
    void load();
  }, [load]);

  async function save(input: Record<string, unknown>, changed: string[]) {
    setMessage(null);
    if (!id) {
      const res = await api("/api/v1/admin/entries", { body: input });
      if (res.ok) return router.push(`/admin/entries/${encodeURIComponent(res.data.id)}`);
      setMessage(res.data?.error?.message ?? t("errors.generic", { status: res.status }));
      return apiFieldErrors(res.data);
    }
    const res = await api(`/api/v1/admin/entries/${encodeURIComponent(id)}`, { method: "PUT", body: { version: entry.version, entry: pickFields(input, changed) } });
    if (res.status === 409) return setConflict(res.data.error);
    if (!res.ok) {
      setMessage(res.data?.error?.message ?? t("errors.generic", { status: res.status }));
      return apiFieldErrors(res.data, "entry.");
    }
    setConflict(null);
    setMessage(t("form.saved", { version: res.data.version }));
    setEntry({ ...entry, version: res.data.version });
  }

  async function setStatus(action: "close" | "reopen") {
    const res = await api(`/api/v1/admin/entries/${encodeURIComponent(id!)}/${action}`, { body: { version: entry.version, note: closeNote } });
    if (res.status === 409) return setConflict(res.data.error);
    setMessage(res.ok ? t("form.saved", { version: res.data.version }) : (res.data?.error?.message ?? ""));
    await load();
  }

  if (id && !entry) return <p role="status">{message ?? "…"}</p>;
  return (
    <div className="entry-editor">
      <h1>{id ? `${t("form.editHeading")}: ${entryName(entry, locale)}` : t("form.newHeading")}</h1>
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
          <History id={id} version={entry.version} onRestored={load} />
        </>
      )}
    </div>
  );
}
