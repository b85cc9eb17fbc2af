/** The one way a distance is shown: metres under 1 km, one decimal under 10 km, whole km beyond. */
export function formatDistance(km: number, locale: string): string {
  const unit = { kk: ["м", "км"], ru: ["м", "км"], en: ["m", "km"] }[locale] ?? ["m", "km"];
  // Exactly 0: the place is the court's own seat (the access figures), not "10 m" away.
  if (km === 0) return `0 ${unit[1]}`;
  if (km < 1) return `${Math.max(10, Math.round((km * 1000) / 10) * 10)} ${unit[0]}`;
  const digits = km < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(km)} ${unit[1]}`;
}
