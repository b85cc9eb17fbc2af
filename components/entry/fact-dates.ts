/**
 * A date as precise as it was given, in the page's language: "2023-05" → "May 2023", "2023" → "2023",
 * a full date or instant → "2 Dec 2026". Published pages often show only a month or a year.
 */
export function formatFactDate(value: string, locale: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (/^\d{4}$/.test(value)) return value;
  const date = month ? new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)) : new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = month ? { month: "long", year: "numeric" } : { day: "numeric", month: "short", year: "numeric" };
  // English as written in Kazakhstan: day before month ("2 Dec 2026"), not the US order.
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { ...options, timeZone: "Asia/Almaty" }).format(date);
}

/** The site a page is on, as people name it: "globalnews.kz". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
