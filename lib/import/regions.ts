import type { Region } from "../db/generated/client";
import { normalize } from "../search/text";

// Region names as registries write them: "г. Алматы", "Акмолинская область", "область Абай", "Абай облысы",
// "Акмолинская обл.". A key is the set of words with "г."/"город" dropped and "область"/"облысы" as one
// marker, so "Алматы облысы" (the oblast) never meets "г. Алматы" (the city).
const OBLAST_WORDS = new Set(["область", "обл", "облысы", "oblast", "region"]);
const CITY_WORDS = new Set(["г", "город", "қаласы", "қ", "city"]);

function regionKey(text: string): string {
  // Stryker disable next-line ArrayDeclaration: text with no word at all is no region, whatever key stands for it
  const words = normalize(text).match(/[\p{L}\p{N}-]+/gu) ?? [];
  const oblast = words.some((w) => OBLAST_WORDS.has(w));
  const rest = words.filter((w) => !OBLAST_WORDS.has(w) && !CITY_WORDS.has(w)).sort();
  return [...(oblast ? ["#oblast"] : []), ...rest].join(" ");
}

export type RegionMatcher = (text: string) => string | null;

export function regionMatcher(regions: Pick<Region, "iso" | "type" | "nameKk" | "nameRu" | "nameRuAlt" | "nameEn">[]): RegionMatcher {
  const byKey = new Map<string, string>();
  // Oblast names written without "область". A city's name goes in too, as it is: never looked at, since
  // byKey holds the same key.
  const bare = new Map<string, string>();
  for (const r of regions) {
    byKey.set(r.iso.toLowerCase(), r.iso); // the key of an ISO code ("KZ-75") is itself
    for (const name of [r.nameKk, r.nameRu, r.nameRuAlt, r.nameEn]) {
      if (!name) continue;
      const key = regionKey(name);
      byKey.set(key, r.iso);
      bare.set(key.replace("#oblast ", ""), r.iso);
    }
  }
  const seen = new Map<string, string | null>(); // a registry repeats a few dozen region spellings
  return (text) => {
    let iso = seen.get(text);
    if (iso === undefined) {
      const key = regionKey(text);
      iso = key === "" ? null : (byKey.get(key) ?? bare.get(key) ?? null);
      seen.set(text, iso);
    }
    return iso;
  };
}
