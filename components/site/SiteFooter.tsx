import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <p>
        {t("footer")} <Link href="/about">{t("footerAbout")}</Link> · <Link href="/api">{t("footerApi")}</Link>
      </p>
    </footer>
  );
}
