"use client";

import { useTranslations } from "next-intl";
import { CONTACT_PURPOSES } from "@/lib/directory/kinds";
import { errorId, FieldError } from "./FieldError";
import type { FieldErrors } from "./field-errors";

interface Props {
  legend: string;
  rows: Record<string, string>[];
  keyName: string;
  keyLabel: string;
  prefix: string;
  /** Keeps error ids apart when a page shows more than one form. */
  scope: string;
  errors: FieldErrors;
  onChange: (rows: Record<string, string>[]) => void;
}

/** Phones or e-mail addresses, one row each, with a purpose from the fixed vocabulary (named, never coded). */
export function ContactListEditor({ legend, rows, keyName, keyLabel, prefix, scope, errors, onChange }: Props) {
  const t = useTranslations("admin.form");
  const f = useTranslations("facts");
  const update = (i: number, key: string, v: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: v } : r)));
  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      {rows.map((row, i) => {
        const name = `${prefix}.${i}.${keyName}`;
        const purposeName = `${prefix}.${i}.purpose`;
        const failed = errors[name] ? name : errors[purposeName] ? purposeName : null;
        return (
          <div key={i} className="list-row">
            <label>
              {keyLabel}{" "}
              <input
                value={row[keyName] ?? ""}
                onChange={(e) => update(i, keyName, e.target.value)}
                aria-invalid={failed ? true : undefined}
                aria-describedby={failed ? errorId(failed, scope) : undefined}
              />
            </label>
            <label>
              {t("purpose")}{" "}
              <select value={row.purpose ?? ""} onChange={(e) => update(i, "purpose", e.target.value)}>
                <option value="">{f("noPurpose")}</option>
                {CONTACT_PURPOSES.map((p) => (
                  <option key={p} value={p}>
                    {f(`purpose.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t("remove")}
            </button>
            {failed && <FieldError id={errorId(failed, scope)} field={failed} code={errors[failed]} />}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, { [keyName]: "", purpose: "" }])}>
        {t("add")} <span className="visually-hidden">{legend}</span>
      </button>
      <FieldError id={errorId(prefix, scope)} field={prefix} code={errors[prefix]} />
    </fieldset>
  );
}
