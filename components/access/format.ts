import { formatDistance } from "@/lib/geo/format";

/** A figure that may be unknown (no covered population): a dash. */
export const km = (value: number | null, locale: string) => (value === null ? "–" : formatDistance(value, locale));

export const share = (value: number | null, locale: string) =>
  value === null ? "–" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);

export const count = (value: number | null, locale: string) => (value === null ? "–" : new Intl.NumberFormat(locale).format(value));
