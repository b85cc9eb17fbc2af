import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { EntryEditor } from "@/components/admin/EntryEditor";

type Props = { params: Promise<{ locale: string; id: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function EditEntryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  return (
    <div className="page admin">
      <EntryEditor id={decodeURIComponent(id)} />
    </div>
  );
}
