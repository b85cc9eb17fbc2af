import { TypoIndex } from "../search/typos";
import { placeKey } from "./gazetteer";
import { withoutGeneric, type Place, type PlaceKind } from "./catalogue";

/** How a place matched a query, best first: its whole name, the start of a name or of a word in it, a typo. */
export type PlaceMatchTier = "exact" | "prefix" | "typo";
const TIER_RANK: Record<PlaceMatchTier, number> = { exact: 0, prefix: 1, typo: 2 };

/** Among equal matches the larger place first: a region, then a city, a district, a settlement (then by population). */
const KIND_RANK: Record<PlaceKind, number> = { region: 0, city: 1, district: 2, settlement: 3 };

export interface PlaceMatch {
  place: Place;
  tier: PlaceMatchTier;
}

/**
 * The place names as keys in one script-free form (placeKey: "Өскемен", "Oskemen" → "oskemen"): a map for
 * exact names, a sorted list for prefixes (every word of a name starts a key, so "Каменогорск" finds
 * Усть-Каменогорск), and a typo index over the keys. ~550 places, ~5 000 keys: built once per process.
 */
export class PlaceIndex {
  private readonly exact = new Map<string, Set<number>>();
  private readonly starts: { key: string; place: number }[] = [];
  private readonly typos: TypoIndex;

  constructor(private readonly places: Place[]) {
    const wordStarts = new Set<string>();
    places.forEach((place, i) => {
      for (const alias of place.aliases) {
        const bare = withoutGeneric(alias);
        for (const name of new Set([alias, bare])) {
          const key = placeKey(name);
          if (!key) continue;
          this.exact.set(key, (this.exact.get(key) ?? new Set()).add(i));
        }
        const words = bare.split(/[\s-]+/);
        words.forEach((_, w) => {
          const key = placeKey(words.slice(w).join(" "));
          if (!key || wordStarts.has(`${key}\u0000${i}`)) return;
          wordStarts.add(`${key}\u0000${i}`);
          this.starts.push({ key, place: i });
        });
      }
    });
    this.starts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.typos = new TypoIndex(this.exact.keys());
  }

  /** Places matching the query, ranked exact > prefix > typo and larger places first among equals. */
  search(q: string, limit: number): PlaceMatch[] {
    const key = placeKey(q);
    if (!key) return [];
    const tiers = new Map<number, PlaceMatchTier>();
    for (const i of this.exact.get(key) ?? []) tiers.set(i, "exact");
    for (let at = this.firstAtLeast(key); at < this.starts.length && this.starts[at]!.key.startsWith(key); at++) {
      const i = this.starts[at]!.place;
      if (!tiers.has(i)) tiers.set(i, "prefix");
    }
    // Typos are looked for only when exact and prefix matches leave room: they rank below them anyway.
    if (tiers.size < limit)
      for (const correction of this.typos.corrections(key, limit))
        for (const i of this.exact.get(correction) ?? []) if (!tiers.has(i)) tiers.set(i, "typo");
    return [...tiers]
      .map(([i, tier]) => ({ place: this.places[i]!, tier }))
      .sort(
        (a, b) =>
          TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
          KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind] ||
          (b.place.population ?? 0) - (a.place.population ?? 0) ||
          a.place.name.en.localeCompare(b.place.name.en),
      )
      .slice(0, limit);
  }

  private firstAtLeast(key: string): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]!.key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
