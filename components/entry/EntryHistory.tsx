import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ApiEntry } from "@/lib/validation/entry";
import { EntryNameText } from "./EntryNameText";

/** A closed entry says what it was and where its work went, in words for its kind (a notary is not "a closed court"). */
export async function ClosedNotice({ entry, successors, locale }: { entry: ApiEntry; successors: ApiEntry[]; locale: string }) {
  const t = await getTranslations("facts.history");
  return (
    <div className="notice" role="note">
      <p>{t(`closed.${entry.kind}`)}</p>
      {successors.length > 0 ? (
        <>
          <p>{t(`wentTo.${entry.kind}`)}</p>
          <ul>
            {successors.map((s) => (
              <li key={s.id}>
                <Link href={`/entries/${s.id}`}>
                  <EntryNameText name={s.name} locale={locale} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** "Formerly …": the names an entry had before, with the day each was last used. */
export async function FormerNames({ entry }: { entry: ApiEntry }) {
  const names = entry.formerNames ?? [];
  if (names.length === 0) return null;
  const t = await getTranslations("facts.formerNames");
  return (
    <p className="former-names">
      {t("shown")}:{" "}
      {names.map((n, i) => (
        <span key={`${n.name}-${i}`}>
          {i > 0 ? "; " : ""}
          <span lang={n.lang}>{n.name}</span>
          {n.until ? ` (${t("untilDate", { date: n.until })})` : ""}
        </span>
      ))}
    </p>
  );
}
