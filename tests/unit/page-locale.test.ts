import { describe, expect, it } from "vitest";
import { localeOrNotFound } from "@/i18n/page-locale";
import { LOCALES } from "@/i18n/locales";

describe("a page's locale", () => {
  it("is the 404 page for a path that is not a language (the home page once threw on /no-such-file.txt)", () => {
    for (const locale of ["no-such-file.txt", "de", "KK", ""]) {
      expect(() => localeOrNotFound(locale)).toThrow(expect.objectContaining({ digest: expect.stringMatching(/404$/) }));
    }
  });

  it("is each of the site's languages as given", () => {
    for (const locale of LOCALES) expect(localeOrNotFound(locale)).toBe(locale);
  });
});
