"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/components/api/client";
import type { ChangeRequest, ChangeRequestPage } from "@/lib/validation/admin";

const PAGE_SIZE = 50;

/** Practitioners' requests from the reviewer's regions: approve, or reject with a reason. */
export function ModerationQueue() {
  const t = useTranslations("admin.moderation");
  const [items, setItems] = useState<ChangeRequest[]>([]);
  const [total, setTotal] = useState(0);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  // The first page, or the page after `cursor` appended to what is shown.
  const load = useCallback(async (cursor?: string) => {
    const res = await callApi<ChangeRequestPage>(`/api/v1/admin/changes?status=pending&limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    if (!res.ok) return;
    const page = res.data;
    setItems((shown) => (cursor ? [...shown, ...page.items] : page.items));
    setTotal(page.total);
    setNextCursor(page.nextCursor);
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
      {items.length === 0 ? <p>{t("empty")}</p> : <p>{t("shown", { shown: items.length, total })}</p>}
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
      {nextCursor && (
        <button type="button" onClick={() => load(nextCursor)}>
          {t("more")}
        </button>
      )}
    </section>
  );
}
