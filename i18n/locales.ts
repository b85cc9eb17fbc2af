/** The site's languages, in the order the language switch shows them. Plain data: lib/ reads it too. */
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
