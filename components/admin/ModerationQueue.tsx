"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/components/api/client";
import type { ChangeRequest } from "@/lib/validation/admin";

/** Practitioners' requests from the reviewer's regions: approve, or reject with a reason. */
export function ModerationQueue() {
  const t = useTranslations("admin.moderation");
  const [items, setItems] = useState<ChangeRequest[]>([]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await callApi<{ items: ChangeRequest[] }>("/api/v1/admin/changes?status=pending");
    if (res.ok) setItems(res.data.items);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function decide(id: string, action: "approve" | "reject") {
    const res = await callApi(`/api/v1/admin/changes/${id}/${action}`, { body: action === "reject" ? { reason: reasons[id] ?? "" } : {} });
    setMessage(res.ok ? t(action === "approve" ? "approved" : "rejected") : res.error.message);
    if (res.ok) await load();
  }

  return (
    <section aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t("heading")}</h2>
      {message && <p role="status">{message}</p>}
      {items.length === 0 && <p>{t("empty")}</p>}
      <ul className="moderation-list">
        {items.map((r) => (
          <li key={r.id}>
            <h3>
              {t(`type.${r.type}`)} {r.entryName ? `— ${r.entryName}` : ""} <small>({r.regionIso ?? "—"})</small>
            </h3>
            <p>{t("from", { email: r.requester })}</p>
            <pre className="payload">{JSON.stringify(r.payload, null, 2)}</pre>
            <button type="button" onClick={() => decide(r.id, "approve")}>
              {t("approve")}
            </button>
            <label>
              {t("reason")} <input value={reasons[r.id] ?? ""} onChange={(e) => setReasons({ ...reasons, [r.id]: e.target.value })} />
            </label>
            <button type="button" onClick={() => decide(r.id, "reject")}>
              {t("reject")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
