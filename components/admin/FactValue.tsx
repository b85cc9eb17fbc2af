"use client";

import { useTranslations } from "next-intl";

// A stored entry value as an editor reads it in a diff: lists as lists, vocabulary by name in the page's
// language, nothing as "(empty)".

const LIST_FIELDS = new Set(["phones", "emails", "languages", "services"]);

type Item = string | { number?: string; address?: string; purpose?: string };

function items(value: unknown): Item[] {
  if (Array.isArray(value)) return value as Item[];
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as Item[]) : [];
  } catch {
    return [];
  }
}

export function FactValue({ field, value }: { field: string; value: unknown }) {
  const t = useTranslations("corrections.moderation");
  const kinds = useTranslations("kinds");
  const common = useTranslations("common");
  const named = (key: string, fallback: string) => (kinds.has(key) ? kinds(key as "kind.court") : fallback);
  if (LIST_FIELDS.has(field)) {
    const list = items(value);
    if (list.length === 0) return <span className="not-given">{t("nothing")}</span>;
    return (
      <ul className="fact-value-list">
        {list.map((item, i) => (
          <li key={i}>
            {typeof item === "string"
              ? field === "languages"
                ? common.has(`languageNames.${item}`) ? common(`languageNames.${item}` as "languageNames.kk") : item
                : named(`service.${item}`, item)
              : `${item.number ?? item.address ?? ""}${item.purpose ? ` (${item.purpose})` : ""}`}
          </li>
        ))}
      </ul>
    );
  }
  if (value === null || value === undefined || value === "") return <span className="not-given">{t("nothing")}</span>;
  if (typeof value === "boolean") return <>{t(value ? "yes" : "no")}</>;
  const text = typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
  if (field === "kind") return <>{named(`kind.${text}`, text)}</>;
  if (field === "courtKind") return <>{named(`courtKind.${text}`, text)}</>;
  return <span className="fact-value-text">{text}</span>;
}
