import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { EntryEditor } from "@/components/admin/EntryEditor";

type Props = { params: Promise<{ locale: string; id: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function EditEntryPage({ params }: Props) {
  await pageLocale(params);
  const { id } = await params;
  return (
    <div className="page admin">
      <EntryEditor id={decodeURIComponent(id)} />
    </div>
  );
}
