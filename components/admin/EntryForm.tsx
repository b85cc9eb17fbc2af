"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { LocationPicker } from "@/components/map";
import { LOCALES } from "@/i18n/locales";
import { ACCESSIBILITY_FEATURES, COURT_KINDS, ENTRY_KINDS, FRONT_OFFICE_SERVICES, PRACTITIONER_KINDS, PRECISIONS } from "@/lib/directory/kinds";
import { AddressFields } from "./AddressFields";
import { RegionOptions } from "./AdminRegions";
import { ContactListEditor } from "./ContactListEditor";
import { errorId, FieldError } from "./FieldError";
import { FormerNamesEditor } from "./FormerNamesEditor";
import type { FieldErrors } from "./field-errors";
import { changedFields, validate, type FormValue } from "./form-value";

export type FormMode = "full" | "listing" | "contacts";

interface Props {
  initial: FormValue;
  /** An object schema of the API's (lib/validation): the form sends what it outputs. */
  schema: z.ZodType<Record<string, unknown>>;
  mode: FormMode;
  submitLabel: string;
  /** Sends the validated input (and which of its fields the person changed); returns the server's field errors, if any. */
  onSubmit: (input: Record<string, unknown>, changed: string[]) => Promise<FieldErrors | void>;
  children?: ReactNode;
}

/** The entry form: the API's own zod schema checks it before sending, and every error sits next to its field. */
export function EntryForm({ initial, schema, mode, submitLabel, onSubmit, children }: Props) {
  const t = useTranslations("admin");
  const f = useTranslations("facts");
  const k = useTranslations("kinds");
  // Every id in the form carries this form's own prefix: a practitioner's page shows several forms at once.
  const scope = useId().replace(/[^\w-]/g, "");
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FormValue>(key: K, v: FormValue[K]) => setValue((prev) => ({ ...prev, [key]: v }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(schema, value);
    if ("errors" in checked) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      setErrors((await onSubmit(checked.data, changedFields(initial, value))) ?? {});
    } finally {
      setBusy(false);
    }
  }

  const field = (name: string, label: string, input: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => ReactNode, hint?: string) => (
    <div className="form-field">
      <label htmlFor={`${scope}f-${name}`}>{label}</label>
      {hint && (
        <span className="hint" id={`${scope}hint-${name}`}>
          {hint}
        </span>
      )}
      {input({ id: `${scope}f-${name}`, ...(errors[name] ? { "aria-invalid": true, "aria-describedby": errorId(name, scope) } : {}) })}
      <FieldError id={errorId(name, scope)} field={name} code={errors[name]} />
    </div>
  );
  const text = (name: keyof FormValue, label: string, as: "input" | "textarea" | "date" = "input", hint?: string) =>
    field(name, label, (p) =>
      as === "textarea" ? (
        <textarea {...p} value={value[name] as string} onChange={(e) => set(name, e.target.value as never)} rows={2} />
      ) : (
        <input {...p} type={as === "date" ? "date" : "text"} value={value[name] as string} onChange={(e) => set(name, e.target.value as never)} />
      ),
    hint);
  const checkboxes = (name: "languages" | "services" | "accessibilityFeatures", legend: string, items: readonly string[], label: (item: string) => string) => (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item}>
          <input type="checkbox" checked={value[name].includes(item)} onChange={() => set(name, toggle(value[name], item))} /> {label(item)}
        </label>
      ))}
    </fieldset>
  );
  const toggle = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const kinds = mode === "listing" ? PRACTITIONER_KINDS : ENTRY_KINDS;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      {hasErrors && (
        <p className="form-message error" role="alert">
          {t("form.fixErrors")}
        </p>
      )}
      {mode !== "contacts" && (
        <fieldset>
          {field("kind", t("form.kind"), (p) => (
            <select {...p} value={value.kind} onChange={(e) => set("kind", e.target.value)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          ))}
          {value.kind === "court" &&
            field("courtKind", t("form.courtKind"), (p) => (
              <select {...p} value={value.courtKind} onChange={(e) => set("courtKind", e.target.value)}>
                <option value="">—</option>
                {COURT_KINDS.map((c) => (
                  <option key={c} value={c}>
                    {k(`courtKind.${c}`)}
                  </option>
                ))}
              </select>
            ))}
          {(["ru", "kk", "en"] as const).map((l) =>
            field(`name.${l}`, t(`form.name${l === "ru" ? "Ru" : l === "kk" ? "Kk" : "En"}`), (p) => (
              <input {...p} value={value.name[l]} onChange={(e) => set("name", { ...value.name, [l]: e.target.value })} />
            )),
          )}
          {field("regionIso", t("form.regionIso"), (p) => (
            <select {...p} value={value.regionIso} onChange={(e) => set("regionIso", e.target.value)}>
              <option value="">{t("form.noRegion")}</option>
              <RegionOptions />
            </select>
          ))}
          {text("locality", t("form.locality"))}
          {text("licenceNumber", t("form.licenceNumber"))}
          {text("licenceIssuedOn", t("form.licenceIssuedOn"), "date")}
          {text("memberSince", t("form.memberSince"), "date")}
          {mode === "full" && <FormerNamesEditor rows={value.formerNames} scope={scope} errors={errors} onChange={(rows) => set("formerNames", rows)} />}
        </fieldset>
      )}
      <fieldset>
        {text("address", f("address.oneLine"), "textarea")}
        <AddressFields name="visitingAddress" legend={f("address.visiting")} value={value.visitingAddress} scope={scope} errors={errors} onChange={(v) => set("visitingAddress", v)} />
        <AddressFields name="postalAddress" legend={f("address.postal")} value={value.postalAddress} scope={scope} errors={errors} onChange={(v) => set("postalAddress", v)} />
        <p className="hint">{f("address.postalSame")}</p>
        <ContactListEditor
          legend={t("form.phones")}
          rows={value.phones}
          keyName="number"
          keyLabel={t("form.number")}
          prefix="phones"
          scope={scope}
          errors={errors}
          onChange={(rows) => set("phones", rows as FormValue["phones"])}
        />
        <ContactListEditor
          legend={t("form.emails")}
          rows={value.emails}
          keyName="address"
          keyLabel={t("form.address_")}
          prefix="emails"
          scope={scope}
          errors={errors}
          onChange={(rows) => set("emails", rows as FormValue["emails"])}
        />
        {text("website", t("form.website"))}
        {text("openingHours", t("form.openingHours"), "input", f("hours.syntaxHint"))}
        {checkboxes("languages", t("form.languages"), LOCALES, (l) => f(`language.${l}`))}
        {value.kind === "court" && checkboxes("services", t("form.services"), FRONT_OFFICE_SERVICES, (s) => t(`services.${s}`))}
        {checkboxes("accessibilityFeatures", f("features"), ACCESSIBILITY_FEATURES, (a) => f(`accessibility.${a}`))}
        {text("accessibility", f("accessibilityNote"), "textarea")}
      </fieldset>
      {mode !== "contacts" && (
        <fieldset>
          <fieldset>
            <legend>{t("form.location")}</legend>
            {value.location ? (
              <>
                <p className="hint">{t("form.dragPin")}</p>
                <LocationPicker
                  lat={Number(value.location.lat)}
                  lng={Number(value.location.lng)}
                  onMove={(lat, lng) => set("location", { ...value.location!, lat: lat.toFixed(6), lng: lng.toFixed(6) })}
                />
                {(["lat", "lng"] as const).map((c) =>
                  field(`location.${c}`, t(`form.${c}`), (p) => (
                    <input {...p} inputMode="decimal" value={value.location![c]} onChange={(e) => set("location", { ...value.location!, [c]: e.target.value })} />
                  )),
                )}
                {field("location.precision", t("form.precision"), (p) => (
                  <select {...p} value={value.location!.precision} onChange={(e) => set("location", { ...value.location!, precision: e.target.value })}>
                    {PRECISIONS.map((x) => (
                      <option key={x} value={x}>
                        {t(`precisions.${x}`)}
                      </option>
                    ))}
                  </select>
                ))}
                <button type="button" onClick={() => set("location", null)}>
                  {t("form.noLocation")}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => set("location", { lat: "48.0", lng: "67.0", precision: "building" })}>
                {t("form.setLocation")}
              </button>
            )}
            {text("locationNote", t("form.locationNote"))}
          </fieldset>
        </fieldset>
      )}
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
      {children}
    </form>
  );
}
