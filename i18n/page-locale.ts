import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

/** The locale a path names, or the 404 page. */
export function localeOrNotFound(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

/**
 * A page's locale from its params, set for the request. The layout's own check does not guard a page: Next renders
 * the page alongside the layout, so `/no-such-file.txt` reached the home page with "no-such-file.txt" as its locale.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  return locale;
}
