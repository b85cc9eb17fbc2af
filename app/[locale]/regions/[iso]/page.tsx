import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EntryNameText } from "@/components/entry/EntryNameText";
import { SampleBadge } from "@/components/entry/SampleBadge";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db/client";
import { listEntries } from "@/lib/directory/entries";
import { ENTRY_KINDS, REGION_ISO_CODES, type RegionIso } from "@/lib/directory/kinds";
import { regionsWithCounts } from "@/lib/directory/regions";
import { toApiEntry } from "@/lib/directory/serialize";

type Props = { params: Promise<{ locale: string; iso: string }> };

const EVERYTHING = 100_000;

const findRegion = cache(async (iso: string) =>
  REGION_ISO_CODES.includes(iso as RegionIso) ? (await regionsWithCounts(db())).find((r) => r.region.iso === iso)?.region : undefined,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso } = await params;
  const region = await findRegion(iso);
  return region ? { title: region.name[locale as Locale] } : {};
}

/** Everything in one region, kind by kind, with counts. */
export default async function RegionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { iso } = await params;
  const region = await findRegion(iso);
  if (!region) notFound();
  const t = await getTranslations("regions");
  const k = await getTranslations("kinds");
  const h = await getTranslations("home");
  const nf = new Intl.NumberFormat(locale);
  const byKind = await Promise.all(
    ENTRY_KINDS.map(async (kind) => ({ kind, page: await listEntries(db(), { kinds: [kind], region: region.iso as RegionIso }, EVERYTHING) })),
  );
  return (
    <div className="page">
      <p>
        <Link href="/regions">{t("allRegions")}</Link>
      </p>
      <h1>{region.name[locale]}</h1>
      <ul className="inline-list">
        {ENTRY_KINDS.map((kind) => (
          <li key={kind}>
            <a href={`#${kind}`}>{t("count", { kind: k(`plural.${kind}`), count: nf.format(region.counts[kind]) })}</a>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/?region=${region.iso}`}>{t("onMap")}</Link>
      </p>
      {byKind.map(({ kind, page }) => (
        <section key={kind} aria-labelledby={kind}>
          <h2 id={kind}>
            {k(`plural.${kind}`)} ({nf.format(page.total)})
          </h2>
          {page.items.length === 0 ? <p>{t("none")}</p> : null}
          <ul className="region-list">
            {page.items.map(toApiEntry).map((e) => (
              <li key={e.id}>
                <Link href={`/entries/${e.id}`}>
                  <EntryNameText name={e.name} locale={locale} />
                </Link>
                {e.courtKind ? ` — ${k(`courtKind.${e.courtKind}`)}` : e.locality ? ` — ${e.locality}` : null}
                {e.sample ? (
                  <>
                    {" "}
                    <SampleBadge label={h("sample")} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
