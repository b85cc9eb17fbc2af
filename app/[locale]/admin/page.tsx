import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { AdminApp } from "@/components/admin/AdminApp";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("admin");
  return (
    <div className="page admin">
      <h1>{t("title")}</h1>
      <AdminApp />
    </div>
  );
}
