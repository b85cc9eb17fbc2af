import { getTranslations } from "next-intl/server";
import { openState, weekHours, type NextChange } from "@/lib/directory/facts/opening-hours";

/**
 * "Open now, closes 18:30" and the week's table, worked out on the server for the instant of the request
 * (Kazakhstan time); the page sends plain text, so there is nothing for the browser to recompute.
 */
export async function OpeningHoursView({ hours, now }: { hours: string; now: Date }) {
  const t = await getTranslations("facts.hours");
  const w = await getTranslations("facts.weekday");
  const state = openState(hours, now);
  const week = weekHours(hours, now);
  if (!state || !week) return <span>{t("notUnderstood", { hours })}</span>;
  const when = (n: NextChange) => (n.day === "today" ? t("today", { time: n.time }) : n.day === "tomorrow" ? t("tomorrow", { time: n.time }) : t("onDay", { day: w(String(n.day)), time: n.time }));
  const status = state.unknown
    ? t("unknownNow")
    : state.open
      ? state.next
        ? t("openNowCloses", { when: when(state.next) })
        : t("openNow")
      : state.next
        ? t("closedNowOpens", { when: when(state.next) })
        : t("closedNow");
  return (
    <div className="opening-hours">
      <p className={`open-state ${state.open ? "open" : "closed"}`}>
        <strong>{status}</strong>
        {state.comment ? ` — ${state.comment}` : null}
      </p>
      <table className="week-hours">
        <caption>{t("week")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("hours")}</th>
          </tr>
        </thead>
        <tbody>
          {week.map((d) => (
            <tr key={d.weekday} aria-current={d.today ? "date" : undefined}>
              <th scope="row">{w(String(d.weekday))}</th>
              <td>{d.intervals.length ? d.intervals.map((i) => `${i.from}–${i.to}${i.comment ? ` (${i.comment})` : ""}`).join(", ") : t("closedDay")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("timeZone")}</p>
    </div>
  );
}
