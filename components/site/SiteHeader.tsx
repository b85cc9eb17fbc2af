import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavLinks } from "./NavLinks";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        {t("siteName")}
      </Link>
      <nav aria-label={t("navLabel")}>
        <NavLinks
          links={[
            { href: "/", label: t("nav.map") },
            { href: "/regions", label: t("nav.regions") },
            { href: "/access", label: t("nav.access") },
            { href: "/courts", label: t("nav.courts") },
            { href: "/about", label: t("nav.about") },
            // Links are not prefetched (i18n/navigation.ts): citizens do not download the admin site's code either.
            { href: "/admin", label: t("nav.admin") },
          ]}
        />
      </nav>
      <Suspense>
        <LanguageSwitch />
      </Suspense>
    </header>
  );
}
