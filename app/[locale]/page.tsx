import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Directory } from "@/components/directory/Directory";
import type { RegionOption } from "@/components/directory/types";
import { effectiveKinds, parseViewState } from "@/components/directory/view-state";
import { tileConfig } from "@/components/site/tiles";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db/client";
import { initialResults } from "@/lib/directory/initial-results";
import { regionsWithCounts } from "@/lib/directory/regions";
import { mapSettlements } from "@/lib/directory/settlements";
import type { RegionIso } from "@/lib/directory/kinds";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return { title: t("title") };
}

export default async function HomePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const state = parseViewState(await searchParams);
  const [initial, regions, settlements] = await Promise.all([
    initialResults(db(), { ...state, kinds: effectiveKinds(state) }),
    regionsWithCounts(db()),
    mapSettlements(db(), locale),
  ]);
  const options: RegionOption[] = regions.map(({ region }) => ({ iso: region.iso as RegionIso, name: region.name }));
  return <Directory initialState={state} initial={initial} regions={options} tiles={tileConfig()} settlements={settlements} />;
}
