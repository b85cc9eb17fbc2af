import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EntryFacts } from "@/components/entry/EntryFacts";
import { ClosedNotice, FormerNames } from "@/components/entry/EntryHistory";
import { EntryLocation } from "@/components/entry/EntryLocation";
import { EntryNameText } from "@/components/entry/EntryNameText";
import { FactSources } from "@/components/entry/FactSources";
import { entryJsonLd } from "@/components/entry/json-ld";
import { entryName } from "@/components/entry/names";
import { SampleBadge } from "@/components/entry/SampleBadge";
import { ServingCourtList } from "@/components/entry/ServingCourtList";
import { SuggestCorrection } from "@/components/entry/SuggestCorrection";
import { CourtRatings } from "@/components/ratings/CourtRatings";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db/client";
import { getEntry } from "@/lib/directory/entries";
import { successorsOf } from "@/lib/directory/history";
import { locate } from "@/lib/directory/locate-response";
import { regionsWithCounts } from "@/lib/directory/regions";
import { currentFactSources } from "@/lib/directory/provenance";
import { toApiEntryWithSources } from "@/lib/directory/serialize";

type Props = { params: Promise<{ locale: string; id: string }> };

const loadEntry = cache(async (id: string) => {
  const row = await getEntry(db(), id);
  return row ? toApiEntryWithSources(row, await currentFactSources(db(), id)) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const entry = await loadEntry(id);
  return entry ? { title: entryName(entry.name, locale).text } : {};
}

export default async function EntryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const entry = await loadEntry(id);
  if (!entry) notFound();
  const t = await getTranslations("entry");
  const h = await getTranslations("home");
  const [place, regions, successors] = await Promise.all([
    entry.location ? locate(db(), entry.location.lat, entry.location.lng) : null,
    regionsWithCounts(db()),
    successorsOf(db(), entry),
  ]);
  const region = regions.find((r) => r.region.iso === entry.regionIso)?.region.name[locale];
  const district = place?.district?.name[locale];
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost";
  // The CSP allows inline scripts only with this request's nonce (proxy.ts).
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  const jsonLd = entryJsonLd(entry, `http://${host}/${locale}/entries/${entry.id}`, region);
  const name = entryName(entry.name, locale);
  return (
    <article className="page entry">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <p>
        <Link href="/">{t("backToMap")}</Link>
      </p>
      <h1>
        <EntryNameText name={entry.name} locale={locale} />
      </h1>
      {name.lang === "ru" && entry.kind === "court" ? <p className="hint">{t("nameOnlyIn")}</p> : null}
      {entry.sample ? (
        <p>
          <SampleBadge label={h("sample")} /> {t("sampleNote")}
        </p>
      ) : null}
      <FormerNames entry={entry} />
      {entry.status === "closed" ? <ClosedNotice entry={entry} successors={successors} locale={locale} /> : null}
      <EntryFacts entry={entry} regionName={region} districtName={district} />
      <FactSources entry={entry} locale={locale} />
      {entry.status === "active" ? <SuggestCorrection entryId={entry.id} /> : null}
      <h2>{t("location")}</h2>
      <EntryLocation entry={entry} />
      {place ? <ServingCourtList place={place} selfId={entry.id} /> : null}
      {entry.kind === "court" && entry.status === "active" ? <CourtRatings entryId={entry.id} /> : null}
      <p className="hint entry-source">
        {t("source")}: {entry.source} · {t("updated")}: {entry.updatedAt.slice(0, 10)}
      </p>
    </article>
  );
}
