import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { EntryEditor } from "@/components/admin/EntryEditor";

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function NewEntryPage({ params }: Props) {
  await pageLocale(params);
  return (
    <div className="page admin">
      <EntryEditor />
    </div>
  );
}
