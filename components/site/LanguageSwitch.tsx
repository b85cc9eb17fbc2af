"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the same page and the same view (query string included) in each language. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const suffix = `${pathname === "/" ? "" : pathname}${search ? `?${search}` : ""}`;
  return (
    <nav aria-label={t("language")} className="language-switch">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${suffix}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
            >
              {t(`languageNames.${locale}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
