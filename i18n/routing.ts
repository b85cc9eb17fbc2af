import { defineRouting } from "next-intl/routing";
import { LOCALES } from "./locales";

/** Every page lives under /kk, /ru or /en; `/` goes by Accept-Language, else Kazakh. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "kk",
  localePrefix: "always",
});
