import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryNameText } from "@/components/entry/EntryNameText";
import { entryName } from "@/components/entry/names";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db/client";
import { listEntries } from "@/lib/directory/entries";
import { COURT_KINDS } from "@/lib/directory/kinds";
import { regionsWithCounts } from "@/lib/directory/regions";
import { toApiEntry } from "@/lib/directory/serialize";

// The list is read from the database per request, never from the build.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

/** More than there are courts (396): the page lists every one. */
const ALL_COURTS = 1000;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "courts" }))("title") };
}

/**
 * Every court, A–Z: by region (in the page's alphabet), then by kind, then by name, each linked to its page.
 * Plain server-rendered HTML: the list a screen-reader user or a search engine walks, with no map or script.
 */
export default async function CourtsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("courts");
  const k = await getTranslations("kinds");
  const courts = (await listEntries(db(), { kinds: ["court"] }, ALL_COURTS)).items.map(toApiEntry);
  const regions = (await regionsWithCounts(db())).map((r) => r.region).sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  const name = (c: (typeof courts)[number]) => entryName(c.name, locale).text;
  const groups = [...regions.map((r) => ({ id: r.iso, title: r.name[locale], courts: courts.filter((c) => c.regionIso === r.iso) })), { id: "none", title: t("noRegion"), courts: courts.filter((c) => !c.regionIso) }].filter((g) => g.courts.length > 0);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro", { count: courts.length })}</p>
      <nav aria-label={t("regionsNav")}>
        <ul className="inline-list">
          {groups.map((g) => (
            <li key={g.id}>
              <a href={`#region-${g.id}`}>{g.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`region-${g.id}`}>
          <h2 id={`region-${g.id}`}>
            {g.title} <span>({g.courts.length})</span>
          </h2>
          {COURT_KINDS.map((kind) => {
            const ofKind = g.courts.filter((c) => c.courtKind === kind).sort((a, b) => name(a).localeCompare(name(b), locale));
            if (ofKind.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`region-${g.id}-${kind}`}>
                <h3 id={`region-${g.id}-${kind}`}>{k(`courtKind.${kind}`)}</h3>
                <ul className="courts-az">
                  {ofKind.map((c) => (
                    <li key={c.id}>
                      <Link href={`/entries/${c.id}`}>
                        <EntryNameText name={c.name} locale={locale} />
                      </Link>
                      {c.locality ? <span> — {c.locality}</span> : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      ))}
    </div>
  );
}
