import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { ATTRIBUTIONS } from "@/lib/directory/attributions";

type Tree = { [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));

describe("the interface's messages", () => {
  it("every language has every message the others have (a missing one shows as its key on the page)", async () => {
    const keys = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, new Set(keysOf((await loadMessages(l))))] as const)));
    const all = new Set(LOCALES.flatMap((l) => [...keys[l]!]));
    for (const locale of LOCALES) expect([...all].filter((k) => !keys[locale]!.has(k)), locale).toEqual([]);
  });

  it("the About page has a title for every data source it attributes, in every language", async () => {
    for (const locale of LOCALES) {
      const about = (await loadMessages(locale)).about as Tree;
      const titles = about.source as Record<string, string>;
      for (const { id } of ATTRIBUTIONS) expect(titles[id], `${locale} about.source.${id}`).toMatch(/\S/);
    }
  });
});
