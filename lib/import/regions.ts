import type { Region } from "../db/generated/client";
import { normalize } from "../search/text";

// Region names as registries write them: "г. Алматы", "Акмолинская область", "область Абай", "Абай облысы",
// "Акмолинская обл.". A key is the set of words with "г."/"город" dropped and "область"/"облысы" as one
// marker, so "Алматы облысы" (the oblast) never meets "г. Алматы" (the city).
const OBLAST_WORDS = new Set(["область", "обл", "облысы", "oblast", "region"]);
const CITY_WORDS = new Set(["г", "город", "қаласы", "қ", "city"]);

function regionKey(text: string): { key: string; oblast: boolean } {
  const words = normalize(text).match(/[\p{L}\p{N}-]+/gu) ?? [];
  const oblast = words.some((w) => OBLAST_WORDS.has(w));
  const rest = words.filter((w) => !OBLAST_WORDS.has(w) && !CITY_WORDS.has(w)).sort();
  return { key: [...(oblast ? ["#oblast"] : []), ...rest].join(" "), oblast };
}

export type RegionMatcher = (text: string) => string | null;

export function regionMatcher(regions: Pick<Region, "iso" | "type" | "nameKk" | "nameRu" | "nameRuAlt" | "nameEn">[]): RegionMatcher {
  const byKey = new Map<string, string>();
  const bare = new Map<string, string>(); // oblast names written without "область"
  for (const r of regions) {
    byKey.set(r.iso.toLowerCase(), r.iso);
    for (const name of [r.nameKk, r.nameRu, r.nameRuAlt, r.nameEn]) {
      if (!name) continue;
      const { key, oblast } = regionKey(name);
      byKey.set(key, r.iso);
      if (oblast) bare.set(key.replace("#oblast ", ""), r.iso);
    }
  }
  const seen = new Map<string, string | null>(); // a registry repeats a few dozen region spellings
  return (text) => {
    let iso = seen.get(text);
    if (iso === undefined) {
      const { key } = regionKey(text);
      iso = key === "" ? null : (byKey.get(text.trim().toLowerCase()) ?? byKey.get(key) ?? bare.get(key) ?? null);
      seen.set(text, iso);
    }
    return iso;
  };
}
