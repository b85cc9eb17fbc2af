"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { callApi } from "@/components/api/client";
import { useRouter } from "@/i18n/navigation";
import { CRITERIA, CRITERION_CODES, MAX_COMMENT_LENGTH, SCORES, type Criterion } from "@/lib/ratings/criteria";
import type { z } from "zod";
import type { RatingResultSchema } from "@/lib/validation/ratings";

type RatingResult = z.infer<typeof RatingResultSchema>;
type Said = { kind: "thanks"; criterion: Criterion; score: number; replaced: boolean } | { kind: "details" } | { kind: "error"; message: string } | null;

/**
 * "Rate this court" in two clicks: a criterion (radio buttons: one tab stop, arrows choose), then a star
 * (a button each, which sends at once). Items and a comment are optional and sent afterwards: the second
 * post replaces the first (the 30-day rule), so nothing is counted twice.
 */
export function RatingWidget({ entryId }: { entryId: string }) {
  const t = useTranslations("ratings");
  const router = useRouter();
  const id = useId();
  const [criterion, setCriterion] = useState<Criterion | null>(null);
  const [score, setScore] = useState<number | null>(null);
  const [good, setGood] = useState<string[]>([]);
  const [bad, setBad] = useState<string[]>([]);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>(null);

  async function send(body: { criterion: Criterion; score: number; good?: string[]; bad?: string[]; comment?: string }, details: boolean) {
    setBusy(true);
    const res = await callApi<RatingResult>(`/api/v1/entries/${encodeURIComponent(entryId)}/ratings`, { body });
    setBusy(false);
    if (!res.ok) {
      setSaid({ kind: "error", message: res.error.status === 429 ? t("widget.tooMany") : t("widget.error", { message: res.error.message }) });
      return;
    }
    setSaid(details ? { kind: "details" } : { kind: "thanks", criterion: body.criterion, score: body.score, replaced: res.data.replaced });
    if (details) setComment("");
    router.refresh();
  }

  function choose(next: Criterion) {
    setCriterion(next);
    setScore(null);
    setGood([]);
    setBad([]);
  }

  const toggle = (list: string[], set: (l: string[]) => void, item: string) => set(list.includes(item) ? list.filter((i) => i !== item) : [...list, item]);

  return (
    <div className="rating-widget">
      <p>{t("widget.intro")}</p>
      <fieldset className="rating-criteria">
        <legend>{t("widget.step1")}</legend>
        {CRITERION_CODES.map((c) => (
          <label key={c} className="rating-choice">
            <input type="radio" name={`${id}-criterion`} value={c} checked={criterion === c} onChange={() => choose(c)} />
            {t(`criteria.${c}`)}
          </label>
        ))}
      </fieldset>
      {criterion ? (
        <fieldset className="rating-stars" disabled={busy}>
          <legend>{t("widget.step2", { criterion: t(`criteria.${criterion}`) })}</legend>
          <p className="hint">{t("widget.scale")}</p>
          <div className="stars">
            {SCORES.map((s) => (
              <button
                key={s}
                type="button"
                className="star"
                aria-label={t("widget.star", { n: s })}
                aria-pressed={score === s}
                onClick={() => {
                  setScore(s);
                  void send({ criterion, score: s }, false);
                }}
              >
                <span aria-hidden="true">{score !== null && s <= score ? "★" : "☆"}</span>
                <span aria-hidden="true" className="star-number">{s}</span>
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      <p role="status" className={said?.kind === "error" ? "rating-status error" : "rating-status"}>
        {said?.kind === "thanks" ? `${t("widget.thanks", { criterion: t(`criteria.${said.criterion}`), score: said.score })}${said.replaced ? ` ${t("widget.replaced")}` : ""}` : null}
        {said?.kind === "details" ? t("widget.detailsSent") : null}
        {said?.kind === "error" ? said.message : null}
      </p>
      {criterion && score !== null ? (
        <details className="rating-details">
          <summary>{t("widget.details")}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void send({ criterion, score, good, bad, ...(comment.trim() ? { comment } : {}) }, true);
            }}
          >
            {(["good", "bad"] as const).map((side) => (
              <fieldset key={side} className="rating-items">
                <legend>{t(`widget.${side}`)}</legend>
                {CRITERIA[criterion].map((item) => (
                  <label key={item}>
                    <input
                      type="checkbox"
                      checked={(side === "good" ? good : bad).includes(item)}
                      disabled={(side === "good" ? bad : good).includes(item)}
                      onChange={() => (side === "good" ? toggle(good, setGood, item) : toggle(bad, setBad, item))}
                    />{" "}
                    {t(`items.${item}`)}
                  </label>
                ))}
              </fieldset>
            ))}
            <label htmlFor={`${id}-comment`}>{t("widget.comment")}</label>
            <textarea id={`${id}-comment`} aria-describedby={`${id}-comment-hint`} maxLength={MAX_COMMENT_LENGTH} rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
            <p id={`${id}-comment-hint`} className="hint">
              {t("widget.commentHint")}
            </p>
            <button type="submit" disabled={busy}>
              {t("widget.sendDetails")}
            </button>
          </form>
        </details>
      ) : null}
      <p className="hint">{t("widget.privacy")}</p>
    </div>
  );
}
