"use client";

import { useTranslations } from "next-intl";
import { LOCALES } from "@/i18n/locales";
import { errorId, FieldError } from "./FieldError";
import type { FieldErrors } from "./field-errors";
import type { FormValue } from "./form-value";

type Rows = FormValue["formerNames"];

/** The names an entry had before (a merged court's old name finds it in search), each with its language and last day. */
export function FormerNamesEditor({ rows, scope, errors, onChange }: { rows: Rows; scope: string; errors: FieldErrors; onChange: (rows: Rows) => void }) {
  const t = useTranslations("facts");
  const a = useTranslations("admin.form");
  const update = (i: number, patch: Partial<Rows[number]>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="list-editor">
      <legend>{t("formerNames.legend")}</legend>
      {rows.map((row, i) => {
        const failed = (["name", "until"] as const).map((k) => `formerNames.${i}.${k}`).find((p) => errors[p]);
        return (
          <div key={i} className="list-row">
            <label>
              {t("formerNames.name")}{" "}
              <input value={row.name} onChange={(e) => update(i, { name: e.target.value })} aria-invalid={failed ? true : undefined} aria-describedby={failed ? errorId(failed, scope) : undefined} />
            </label>
            <label>
              {t("formerNames.lang")}{" "}
              <select value={row.lang} onChange={(e) => update(i, { lang: e.target.value })}>
                {LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {t(`language.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("formerNames.until")} <input type="date" value={row.until} onChange={(e) => update(i, { until: e.target.value })} />
            </label>
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {a("remove")}
            </button>
            {failed && <FieldError id={errorId(failed, scope)} field={failed} code={errors[failed]} />}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, { name: "", lang: "ru", until: "" }])}>
        {a("add")} <span className="visually-hidden">{t("formerNames.legend")}</span>
      </button>
    </fieldset>
  );
}
