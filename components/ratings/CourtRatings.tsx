import { getFormatter, getTranslations } from "next-intl/server";
import { SampleBadge } from "@/components/entry/SampleBadge";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db/client";
import { courtRatings } from "@/lib/ratings/aggregates";
import { RatingWidget } from "./RatingWidget";

/** A court's "Rate this court" section (#rate, linked from the map popup): the widget, how people rated it, approved comments. */
export async function CourtRatings({ entryId }: { entryId: string }) {
  const t = await getTranslations("ratings");
  const format = await getFormatter();
  const ratings = await courtRatings(db(), entryId, { limit: 20 });
  const rated = ratings.criteria.filter((c) => c.count > 0);
  const percent = (share: number | null) => format.number(Math.round((share ?? 0) * 100));
  return (
    <section id="rate" className="court-ratings" aria-labelledby="rate-title" tabIndex={-1}>
      <h2 id="rate-title">{t("widget.title")}</h2>
      <RatingWidget entryId={entryId} />
      <h3>{t("summary.title")}</h3>
      {ratings.sample ? (
        <p>
          <SampleBadge label={t("page.sample")} /> {t("summary.sample")}
        </p>
      ) : null}
      {rated.length === 0 ? (
        <p>{t("summary.none")}</p>
      ) : (
        <ul className="rating-summary">
          {rated.map((c) => (
            <li key={c.criterion}>
              <strong>{t(`criteria.${c.criterion}`)}</strong>: {t("summary.mean", { mean: format.number(c.mean ?? 0, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) })} ·{" "}
              {t("summary.count", { count: c.count })} · {t("summary.negative", { share: percent(c.negativeShare) })}
            </li>
          ))}
        </ul>
      )}
      {ratings.comments.items.length > 0 ? (
        <>
          <h3>{t("summary.comments")}</h3>
          <ul className="rating-comments">
            {ratings.comments.items.map((c) => (
              <li key={c.id}>
                <p className="hint">
                  {t("admin.rating", { criterion: t(`criteria.${c.criterion}`), score: c.score })} · {c.createdAt.slice(0, 10)}
                  {c.sample ? <> · <SampleBadge label={t("admin.sample")} /></> : null}
                </p>
                <p>{c.text}</p>
                {c.reply ? (
                  <blockquote>
                    <p className="hint">{t("summary.reply")}</p>
                    <p>{c.reply.text}</p>
                  </blockquote>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href="/ratings">{t("summary.tableLink")}</Link>
      </p>
    </section>
  );
}
