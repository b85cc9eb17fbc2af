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

type Errors = Partial<Record<"value" | "source" | "contact" | "form", string>>;

/** "Suggest a correction": any visitor, no account; the correction waits for an editor. */
export function SuggestCorrection({ entryId }: { entryId: string }) {
  const t = useTranslations("corrections.suggest");
  const f = useTranslations("corrections.fields");
  const id = useId();
  const [field, setField] = useState<CorrectableField>("address");
  const [value, setValue] = useState("");
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
    if (at && (CORRECTABLE_FIELDS as readonly string[]).includes(at)) return { value: t("errors.invalid") };
    if (["rate_limited", "too_many_pending", "pending"].includes(error.code)) return { form: t(`errors.${error.code as "pending"}`) };
    return { form: t("errors.generic") };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === "") return setErrors({ value: t("errors.required") });
    setBusy(true);
    const res = await callApi(`/api/v1/entries/${encodeURIComponent(entryId)}/corrections`, {
      body: { field, value: valueOf(field, value.trim()), ...(source.trim() ? { source: source.trim() } : {}), ...(contact.trim() ? { contact: contact.trim() } : {}) },
    });
    setBusy(false);
    if (res.ok) {
      setErrors({});
      setSent(true);
      setValue("");
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
        <div className="field">
          <label htmlFor={`${id}-field`}>{t("field")}</label>
          <select id={`${id}-field`} value={field} onChange={(e) => setField(e.target.value as CorrectableField)}>
            {CORRECTABLE_FIELDS.map((name) => (
              <option key={name} value={name}>
                {f(name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t("value")}</label>
          {LONG_TEXT.has(field) ? (
            <textarea id={`${id}-value`} value={value} rows={3} maxLength={1000} onChange={(e) => setValue(e.target.value)} aria-invalid={!!errors.value} aria-describedby={described("value", `${id}-value-hint`)} />
          ) : (
            <input id={`${id}-value`} value={value} maxLength={500} onChange={(e) => setValue(e.target.value)} aria-invalid={!!errors.value} aria-describedby={described("value", `${id}-value-hint`)} />
          )}
          <p id={`${id}-value-hint`} className="hint">
            {t(`hint.${field}`)}
          </p>
          {error("value")}
        </div>
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
