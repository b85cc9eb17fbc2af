import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { RatingComments } from "@/components/admin/RatingComments";
import { Link } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ratings" });
  return { title: t("admin.title"), robots: { index: false } };
}

/** Editors review citizens' comments on courts here (the admin home's sign-in comes first). */
export default async function RatingCommentsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("ratings");
  const a = await getTranslations("admin");
  return (
    <div className="page admin">
      <p>
        <Link href="/admin">{a("title")}</Link>
      </p>
      <h1>{t("admin.title")}</h1>
      <RatingComments locale={locale} />
    </div>
  );
}
