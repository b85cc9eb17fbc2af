"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import "./corrections.css";
import { callApi, type ApiCallError } from "@/components/api/client";
import { CORRECTABLE_FIELDS, type CorrectableField } from "@/lib/directory/correctable";

const LONG_TEXT = new Set<CorrectableField>(["address", "openingHours", "accessibility"]);

/** The form's text as the field's value in the API's shape: a phone or an e-mail is a one-item list. */
function valueOf(field: CorrectableField, text: string): unknown {
  if (field === "phones") return [{ number: text }];
  if (field === "emails") return [{ address: text }];
  return text;
}

interface Row {
  field: CorrectableField;
  value: string;
}

type Errors = Partial<Record<CorrectableField | "source" | "contact" | "form", string>>;

/** "Suggest a correction": any visitor, no account, one or more fields at once; it waits for an editor. */
export function SuggestCorrection({ entryId }: { entryId: string }) {
  const t = useTranslations("corrections.suggest");
  const f = useTranslations("corrections.fields");
  const id = useId();
  const [rows, setRows] = useState<Row[]>([{ field: "address", value: "" }]);
  const [source, setSource] = useState("");
  const [contact, setContact] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  // The API names the field at fault ("phones.0.number", "source"); the page says what to do, in its language.
  function errorsOf(error: ApiCallError): Errors {
    const at = error.field?.split(".")[0];
    if (at === "source") return { source: t("errors.source") };
    if (at === "contact") return { contact: t("errors.tooLong") };
    if (at && (CORRECTABLE_FIELDS as readonly string[]).includes(at)) return { [at]: t("errors.invalid") };
    if (["rate_limited", "too_many_pending", "pending"].includes(error.code)) return { form: t(`errors.${error.code as "pending"}`) };
    return { form: t("errors.generic") };
  }

  const setRow = (i: number, change: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const unused = CORRECTABLE_FIELDS.filter((name) => !rows.some((r) => r.field === name));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const empty = rows.filter((r) => r.value.trim() === "");
    if (empty.length > 0) return setErrors(Object.fromEntries(empty.map((r) => [r.field, t("errors.required")])));
    setBusy(true);
    const res = await callApi(`/api/v1/entries/${encodeURIComponent(entryId)}/corrections`, {
      body: {
        changes: rows.map((r) => ({ field: r.field, value: valueOf(r.field, r.value.trim()) })),
        ...(source.trim() ? { source: source.trim() } : {}),
        ...(contact.trim() ? { contact: contact.trim() } : {}),
      },
    });
    setBusy(false);
    if (res.ok) {
      setErrors({});
      setSent(true);
      setRows([{ field: "address", value: "" }]);
    } else setErrors(errorsOf(res.error));
  }

  const described = (name: keyof Errors, hint?: string) => [hint, errors[name] ? `${id}-${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const error = (name: keyof Errors) =>
    errors[name] ? (
      <span id={`${id}-${name}-error`} className="field-error" role="alert">
        {errors[name]}
      </span>
    ) : null;

  return (
    <details className="suggest-correction">
      <summary>{t("heading")}</summary>
      <p className="hint">{t("intro")}</p>
      <p role="status" aria-live="polite" className={sent ? "success-box" : undefined}>
        {sent ? t("sent") : null}
      </p>
      <form onSubmit={submit} noValidate>
        {rows.map((row, i) => {
          const rowId = `${id}-${i}`;
          const valueProps = {
            id: `${rowId}-value`,
            value: row.value,
            onChange: (e: { target: { value: string } }) => setRow(i, { value: e.target.value }),
            "aria-invalid": !!errors[row.field],
            "aria-describedby": described(row.field, `${rowId}-hint`),
          };
          return (
            <fieldset key={i} className="correction-row">
              <legend className="visually-hidden">{f(row.field)}</legend>
              <div className="field">
                <label htmlFor={`${rowId}-field`}>{t("field")}</label>
                <select id={`${rowId}-field`} value={row.field} onChange={(e) => setRow(i, { field: e.target.value as CorrectableField })}>
                  {CORRECTABLE_FIELDS.filter((name) => name === row.field || unused.includes(name)).map((name) => (
                    <option key={name} value={name}>
                      {f(name)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${rowId}-value`}>{t("value")}</label>
                {LONG_TEXT.has(row.field) ? <textarea {...valueProps} rows={3} maxLength={1000} /> : <input {...valueProps} maxLength={500} />}
                <p id={`${rowId}-hint`} className="hint">
                  {t(`hint.${row.field}`)}
                </p>
                {error(row.field)}
              </div>
              {rows.length > 1 ? (
                <button type="button" className="link-button" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                  {t("remove", { field: f(row.field) })}
                </button>
              ) : null}
            </fieldset>
          );
        })}
        {unused.length > 0 ? (
          <p>
            <button type="button" onClick={() => setRows((all) => [...all, { field: unused[0]!, value: "" }])}>
              {t("add")}
            </button>
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-source`}>{t("source")}</label>
          <input id={`${id}-source`} type="url" inputMode="url" value={source} maxLength={300} onChange={(e) => setSource(e.target.value)} aria-invalid={!!errors.source} aria-describedby={described("source")} />
          {error("source")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t("contact")}</label>
          <input id={`${id}-contact`} value={contact} maxLength={200} autoComplete="email" onChange={(e) => setContact(e.target.value)} aria-invalid={!!errors.contact} aria-describedby={described("contact", `${id}-contact-hint`)} />
          <p id={`${id}-contact-hint`} className="hint">
            {t("contactNote")}
          </p>
          {error("contact")}
        </div>
        {errors.form ? (
          <p className="error-box" role="alert">
            {errors.form}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? t("sending") : t("send")}
        </button>
      </form>
    </details>
  );
}
