/** An entry's name in the page's language, else in any language it has. */
export function entryName(e: { id: string; name: { kk?: string; ru?: string; en?: string } }, locale: string): string {
  const n = e.name as Record<string, string | undefined>;
  return n[locale] || n.ru || n.kk || n.en || e.id;
}
