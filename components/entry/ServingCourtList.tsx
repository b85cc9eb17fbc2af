import { getLocale, getTranslations } from "next-intl/server";
import type { LocateResponse } from "@/lib/validation/responses";
import { Link } from "@/i18n/navigation";
import { EntryNameText } from "./EntryNameText";

/** The courts that serve the entry's place (API locate's answer, computed on the server). */
export async function ServingCourtList({ place, selfId }: { place: LocateResponse; selfId: string }) {
  const t = await getTranslations("entry");
  const k = await getTranslations("kinds");
  const locale = await getLocale();
  const courts = place.courts.filter((c) => c.entry.id !== selfId);
  return (
    <section aria-labelledby="serving">
      <h2 id="serving">{t("serving")}</h2>
      {courts.length === 0 ? <p>{t("servingNone")}</p> : null}
      <ul>
        {courts.map(({ role, entry }) => (
          <li key={`${role}-${entry.id}`}>
            <Link href={`/entries/${entry.id}`}>
              <EntryNameText name={entry.name} locale={locale} />
            </Link>{" "}
            — {k(`role.${role}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
