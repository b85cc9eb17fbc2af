"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/components/api/client";
import type { ChangeRequest, ChangeRequestPage, FieldDecision } from "@/lib/validation/admin";
import { FactValue } from "./FactValue";

const PAGE_SIZE = 50;
const BY_FIELD = new Set<ChangeRequest["type"]>(["update", "correction"]);

type Decisions = Record<string, { accept: boolean; reason: string }>;

/**
 * Requests from the reviewer's regions, each as a field-by-field diff (the entry now → proposed). A contact
 * change or a correction is decided per field (accept some, reject others with a reason) in one call; a claim
 * or a new listing is approved or rejected as a whole.
 */
export function ModerationQueue() {
  const t = useTranslations("admin.moderation");
  const c = useTranslations("corrections.moderation");
  const fieldName = useTranslations("corrections.fields");
  const [items, setItems] = useState<ChangeRequest[]>([]);
  const [total, setTotal] = useState(0);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [decisions, setDecisions] = useState<Record<string, Decisions>>({});
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

  const label = (field: string) => (fieldName.has(field) ? fieldName(field as "address") : field);
  const decisionOf = (r: ChangeRequest, field: string) => decisions[r.id]?.[field] ?? { accept: true, reason: "" };
  const setDecision = (r: ChangeRequest, field: string, change: Partial<{ accept: boolean; reason: string }>) =>
    setDecisions((all) => ({ ...all, [r.id]: { ...all[r.id], [field]: { ...decisionOf(r, field), ...change } } }));

  async function decide(r: ChangeRequest, action: "approve" | "reject") {
    const fieldDecisions: FieldDecision[] = BY_FIELD.has(r.type)
      ? r.diff.map(({ field }) => {
          const d = decisionOf(r, field);
          return d.accept ? { field, accept: true } : { field, accept: false, reason: d.reason };
        })
      : [];
    const body = action === "reject" ? { reason: reasons[r.id] ?? "" } : BY_FIELD.has(r.type) ? { decisions: fieldDecisions } : {};
    const res = await callApi<{ decisions?: FieldDecision[] }>(`/api/v1/admin/changes/${r.id}/${action}`, { body });
    if (!res.ok) return setMessage(res.error.message);
    const decided = res.data.decisions;
    setMessage(decided ? c("decided", { accepted: decided.filter((d) => d.accept).length, rejected: decided.filter((d) => !d.accept).length }) : t(action === "approve" ? "approved" : "rejected"));
    await load();
  }

  const who = (r: ChangeRequest) => (r.origin === "visitor" ? c("origin.visitor") : `${c(`origin.${r.origin}`)} · ${r.requester ?? ""}`);

  return (
    <section aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t("heading")}</h2>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {items.length === 0 ? <p>{t("empty")}</p> : <p>{t("shown", { shown: items.length, total })}</p>}
      <ul className="moderation-list">
        {items.map((r) => (
          <li key={r.id}>
            <h3>
              {r.type === "correction" ? c("correction") : t(`type.${r.type}`)} {r.entryName ? `— ${r.entryName}` : ""}
            </h3>
            <p>{c("proposedBy", { who: who(r) })}</p>
            {r.contact ? <p>{c("contact", { contact: r.contact })}</p> : null}
            {r.source ? (
              <p>
                {c("source")}{" "}
                <a href={r.source} rel="nofollow noopener noreferrer" target="_blank">
                  {r.source}
                </a>
              </p>
            ) : null}
            {r.diff.length === 0 ? (
              <p>{c("noChange")}</p>
            ) : (
              <div className="table-wrap">
                <table className="diff">
                  <caption>{c("diffCaption", { name: r.entryName ?? "" })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{c("field")}</th>
                      <th scope="col">{c("before")}</th>
                      <th scope="col">{c("after")}</th>
                      {BY_FIELD.has(r.type) ? <th scope="col">{c("decision")}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {r.diff.map((d) => {
                      const decision = decisionOf(r, d.field);
                      const key = `decision-${r.id}-${d.field}`;
                      return (
                        <tr key={d.field}>
                          <th scope="row">{label(d.field)}</th>
                          <td>
                            <FactValue field={d.field} value={d.before} />
                          </td>
                          <td>
                            <FactValue field={d.field} value={d.after} />
                          </td>
                          {BY_FIELD.has(r.type) ? (
                            <td>
                              <fieldset className="field-decision">
                                <legend className="visually-hidden">{label(d.field)}</legend>
                                <label>
                                  <input type="radio" name={key} checked={decision.accept} onChange={() => setDecision(r, d.field, { accept: true })} /> {c("accept")}
                                </label>
                                <label>
                                  <input type="radio" name={key} checked={!decision.accept} onChange={() => setDecision(r, d.field, { accept: false })} /> {c("rejectField")}
                                </label>
                                {decision.accept ? null : (
                                  <label className="field-reason">
                                    {c("reasonFor", { field: label(d.field) })}
                                    <input value={decision.reason} maxLength={1000} onChange={(e) => setDecision(r, d.field, { reason: e.target.value })} />
                                  </label>
                                )}
                              </fieldset>
                            </td>
                          ) : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            <button type="button" onClick={() => decide(r, "approve")}>
              {BY_FIELD.has(r.type) ? c("save") : t("approve")}
            </button>
            <label>
              {t("reason")} <input value={reasons[r.id] ?? ""} maxLength={1000} onChange={(e) => setReasons({ ...reasons, [r.id]: e.target.value })} />
            </label>
            <button type="button" onClick={() => decide(r, "reject")}>
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
