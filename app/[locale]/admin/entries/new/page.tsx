import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { EntryEditor } from "@/components/admin/EntryEditor";

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function NewEntryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <div className="page admin">
      <EntryEditor />
    </div>
  );
}
