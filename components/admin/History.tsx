"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { callApi } from "@/components/api/client";
import type { Revision, WriteResult } from "@/lib/validation/admin";
import { ChangesTable } from "./ChangesTable";

/** An entry's revisions, newest first; any of them can be restored (as a new revision). */
export function History({ id, version, onRestored }: { id: string; version: number; onRestored: () => void }) {
  const t = useTranslations("admin.history");
  const [items, setItems] = useState<Revision[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void callApi<{ items: Revision[] }>(`/api/v1/admin/entries/${encodeURIComponent(id)}/revisions`).then((res) => res.ok && setItems(res.data.items));
  }, [id, version]);

  async function restore(target: number) {
    const res = await callApi<WriteResult>(`/api/v1/admin/entries/${encodeURIComponent(id)}/revisions/${target}/restore`, { body: { version } });
    setMessage(res.ok ? t("restored", { version: res.data.version }) : res.error.message);
    if (res.ok) onRestored();
  }

  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("heading")}</h2>
      {message && <p role="status">{message}</p>}
      {items.length === 0 && <p>{t("empty")}</p>}
      {items.map((r) => (
        <details key={r.version}>
          <summary>
            {t("version", { version: r.version })} · {r.action} · {new Date(r.at).toLocaleString()} {t("by", { actor: r.actor })}
            {r.note ? ` · ${r.note}` : ""}
          </summary>
          <ChangesTable changes={r.changes} />
          {r.version !== version && (
            <button type="button" onClick={() => restore(r.version)}>
              {t("restore")}
            </button>
          )}
        </details>
      ))}
    </section>
  );
}
