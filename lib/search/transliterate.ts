// Kazakh and Russian Cyrillic to a plain Latin form, so "almaty" finds "Алматы" and "Almaty" finds
// "Алматы" written either way. Deliberately lossy (қ→k, ә→a): both the index and the query pass through it.
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", ә: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i",
  і: "i", к: "k", қ: "k", л: "l", м: "m", н: "n", ң: "n", о: "o", ө: "o", п: "p", р: "r", с: "s", т: "t",
  у: "u", ұ: "u", ү: "u", ф: "f", х: "kh", һ: "h", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y",
  ь: "", э: "e", ю: "yu", я: "ya",
};

/** Latin spellings of Kazakh names vary (Qaraǵandy, Karaganda; Shymkent, Chimkent): fold the common pairs. */
// й is "i" here but GeoNames and people write Семей as Semey and Алексей as Aleksey: y after a, e, o, u
// folds to i (both sides, so Аягоз and Ayagoz still meet as "aiagoz").
const LATIN_FOLDS: [RegExp, string][] = [
  [/q/g, "k"],
  [/gh/g, "g"],
  [/ş/g, "sh"],
  [/ç/g, "ch"],
  [/[ǵğ]/g, "g"],
  [/[áä]/g, "a"],
  [/[óö]/g, "o"],
  [/[úüū]/g, "u"],
  [/[ıīï]/g, "i"],
  [/ń/g, "n"],
  [/w/g, "v"],
  [/x/g, "kh"],
  [/j/g, "zh"],
  [/c(?!h)/g, "k"],
  [/([aeou])y/g, "$1i"],
];

export function transliterate(lowerText: string): string {
  let out = "";
  for (const ch of lowerText) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  for (const [pattern, replacement] of LATIN_FOLDS) out = out.replace(pattern, replacement);
  return out;
}
