import type { ApiEntry } from "@/lib/validation/entry";

const TYPE = { court: "Courthouse", advocate: "LegalService", notary: "Notary", mediator: "LegalService" } as const;

/** schema.org description of an entry for search engines. */
export function entryJsonLd(entry: ApiEntry, url: string, regionName?: string): Record<string, unknown> {
  const names = Object.entries(entry.name).filter(([, v]) => v);
  return {
    "@context": "https://schema.org",
    "@type": TYPE[entry.kind],
    "@id": url,
    url,
    name: names[0]?.[1],
    ...(names.length > 1 ? { alternateName: names.slice(1).map(([, v]) => v) } : {}),
    address: {
      "@type": "PostalAddress",
      addressCountry: "KZ",
      ...(entry.address ? { streetAddress: entry.address } : {}),
      ...(entry.locality ? { addressLocality: entry.locality } : {}),
      ...(regionName ? { addressRegion: regionName } : {}),
    },
    ...(entry.location ? { geo: { "@type": "GeoCoordinates", latitude: entry.location.lat, longitude: entry.location.lng } } : {}),
    ...(entry.phones.length ? { telephone: entry.phones.map((p) => p.number) } : {}),
    ...(entry.emails.length ? { email: entry.emails.map((e) => e.address) } : {}),
    ...(entry.website ? { sameAs: entry.website } : {}),
    ...(entry.openingHours ? { openingHours: entry.openingHours } : {}),
    ...(entry.licenceNumber ? { identifier: entry.licenceNumber } : {}),
  };
}
