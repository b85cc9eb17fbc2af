import { getTranslations } from "next-intl/server";
import type React from "react";
import type { ApiEntry, ApiFactSource } from "@/lib/validation/entry";
import { formatFactDate, siteOf } from "./fact-dates";
import "./corrections.css";

/** Where each fact of the entry came from, and when it was last verified by an editor. */
export async function FactSources({ entry, locale }: { entry: ApiEntry; locale: string }) {
  const t = await getTranslations("corrections.sources");
  const f = await getTranslations("corrections.fields");
  const sources = entry.sources ?? [];
  if (sources.length === 0 && !entry.verifiedAt) return null;
  const date = (value: string) => formatFactDate(value, locale);
  const link = (url: string, text: React.ReactNode = siteOf(url)) => (
    <a href={url} rel="nofollow noopener noreferrer">
      {text}
    </a>
  );
  const describe = (s: ApiFactSource) => {
    if (s.origin === "published") {
      if (!s.url) return null;
      return s.publishedOn ? t.rich("published", { site: (name) => link(s.url!, name), name: siteOf(s.url), date: date(s.publishedOn) })
        : t.rich("publishedUndated", { site: (name) => link(s.url!, name), name: siteOf(s.url) });
    }
    if (s.origin === "editor") return t("editor", { date: date(s.recordedAt) });
    return (
      <>
        {t("proposed", { who: t(`origin.${s.origin}`), date: date(s.recordedAt) })}
        {s.url ? <> · {link(s.url)}</> : null}
      </>
    );
  };
  return (
    <section className="fact-sources" aria-labelledby="fact-sources-heading">
      <h2 id="fact-sources-heading">{t("heading")}</h2>
      {sources.length > 0 ? (
        <ul>
          {sources.map((s) => (
            <li key={s.field}>
              {f(s.field as "address")} — {describe(s)}
              {s.verified ? null : <span className="unverified">{t("unverified")}</span>}
            </li>
          ))}
        </ul>
      ) : null}
      {entry.verifiedAt ? <p>{t("lastVerified", { date: date(entry.verifiedAt) })}</p> : null}
    </section>
  );
}
