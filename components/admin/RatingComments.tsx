"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useState } from "react";
import { callApi } from "@/components/api/client";
import { EntryNameText } from "@/components/entry/EntryNameText";
import type { z } from "zod";
import type { ReviewComment, ReviewCommentPageSchema } from "@/lib/validation/ratings";
import "./admin.css";

type Page = z.infer<typeof ReviewCommentPageSchema>;
type Status = "pending" | "approved" | "rejected";

/** Citizens' comments on courts of the editor's regions: approve, reject with a reason, answer an approved one. */
export function RatingComments({ locale }: { locale: string }) {
  const t = useTranslations("ratings");
  const [status, setStatus] = useState<Status>("pending");
  const [page, setPage] = useState<Page | null>(null);
  const [problem, setProblem] = useState<"signIn" | "forbidden" | null>(null);
  const [said, setSaid] = useState("");

  const load = useCallback(async (which: Status, after?: string) => {
    const res = await callApi<Page>(`/api/v1/admin/rating-comments?status=${which}${after ? `&cursor=${after}` : ""}`);
    if (!res.ok) {
      setProblem(res.error.status === 401 ? "signIn" : "forbidden");
      return;
    }
    setProblem(null);
    setPage((before) => (after && before ? { ...res.data, items: [...before.items, ...res.data.items] } : res.data));
  }, []);
  useEffect(() => {
    void load(status);
  }, [load, status]);

  async function act(comment: ReviewComment, action: "approve" | "reject" | "reply", body?: unknown) {
    const res = await callApi<ReviewComment>(`/api/v1/admin/rating-comments/${comment.id}/${action}`, { body: body ?? {} });
    setSaid(res.ok ? t("admin.saved") : t("admin.failed", { message: res.error.message }));
    if (res.ok) await load(status);
  }

  if (problem) return <p role="alert">{t(`admin.${problem}`)}</p>;
  return (
    <div className="rating-comments-admin">
      <div className="field">
        <label htmlFor="rating-comment-status">{t("admin.status")}</label>
        <select id="rating-comment-status" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {(["pending", "approved", "rejected"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`admin.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status">{said}</p>
      {page === null ? (
        <p aria-busy="true">…</p>
      ) : page.items.length === 0 ? (
        <p>{t("admin.none")}</p>
      ) : (
        <>
          <p>{t("admin.shown", { shown: page.items.length, total: page.total })}</p>
          <ul className="rating-comments">
            {page.items.map((c) => (
              <CommentItem key={c.id} comment={c} locale={locale} onAct={(action, body) => act(c, action, body)} />
            ))}
          </ul>
          {page.nextCursor ? (
            <button type="button" onClick={() => void load(status, page.nextCursor!)}>
              {t("admin.more")}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}

function CommentItem({ comment, locale, onAct }: { comment: ReviewComment; locale: string; onAct: (action: "approve" | "reject" | "reply", body?: unknown) => Promise<void> }) {
  const t = useTranslations("ratings");
  const id = useId();
  const [reason, setReason] = useState("");
  const [reply, setReply] = useState(comment.reply ?? "");
  return (
    <li>
      <p className="hint">
        <EntryNameText name={comment.court} locale={locale} /> · {t("admin.rating", { criterion: t(`criteria.${comment.criterion}`), score: comment.score })} ·{" "}
        {comment.createdAt.slice(0, 10)}
        {comment.sample ? ` · ${t("admin.sample")}` : null}
      </p>
      <p>{comment.text}</p>
      {comment.status === "rejected" && comment.reason ? <p className="hint">{comment.reason}</p> : null}
      {comment.status === "pending" ? (
        <div>
          <button type="button" onClick={() => void onAct("approve")}>
            {t("admin.approve")}
          </button>
          <label htmlFor={`${id}-reason`}>{t("admin.reason")}</label>
          <input id={`${id}-reason`} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          <button type="button" onClick={() => void onAct("reject", { reason })}>
            {t("admin.reject")}
          </button>
        </div>
      ) : null}
      {comment.status === "approved" ? (
        <div>
          <label htmlFor={`${id}-reply`}>{t("admin.reply")}</label>
          <textarea id={`${id}-reply`} value={reply} maxLength={1000} rows={3} onChange={(e) => setReply(e.target.value)} />
          <button type="button" onClick={() => void onAct("reply", { text: reply })}>
            {t("admin.sendReply")}
          </button>
        </div>
      ) : null}
    </li>
  );
}
