"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { LocationPicker } from "@/components/map";
import { LOCALES } from "@/i18n/locales";
import { COURT_KINDS, ENTRY_KINDS, FRONT_OFFICE_SERVICES, PRACTITIONER_KINDS, PRECISIONS, REGION_ISO_CODES } from "@/lib/directory/kinds";
import { errorId, FieldError } from "./FieldError";
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

  const field = (name: string, label: string, input: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => ReactNode) => (
    <div className="form-field">
      <label htmlFor={`f-${name}`}>{label}</label>
      {input({ id: `f-${name}`, ...(errors[name] ? { "aria-invalid": true, "aria-describedby": errorId(name) } : {}) })}
      <FieldError id={errorId(name)} message={errors[name]} />
    </div>
  );
  const text = (name: keyof FormValue, label: string, as: "input" | "textarea" | "date" = "input") =>
    field(name, label, (p) =>
      as === "textarea" ? (
        <textarea {...p} value={value[name] as string} onChange={(e) => set(name, e.target.value as never)} rows={2} />
      ) : (
        <input {...p} type={as === "date" ? "date" : "text"} value={value[name] as string} onChange={(e) => set(name, e.target.value as never)} />
      ),
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
                {COURT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
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
              {REGION_ISO_CODES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          ))}
          {text("locality", t("form.locality"))}
          {text("licenceNumber", t("form.licenceNumber"))}
          {text("licenceIssuedOn", t("form.licenceIssuedOn"), "date")}
          {text("memberSince", t("form.memberSince"), "date")}
        </fieldset>
      )}
      <fieldset>
        {text("address", t("form.address"), "textarea")}
        <ListEditor
          legend={t("form.phones")}
          rows={value.phones}
          keyName="number"
          keyLabel={t("form.number")}
          prefix="phones"
          errors={errors}
          onChange={(rows) => set("phones", rows as FormValue["phones"])}
        />
        <ListEditor
          legend={t("form.emails")}
          rows={value.emails}
          keyName="address"
          keyLabel={t("form.address_")}
          prefix="emails"
          errors={errors}
          onChange={(rows) => set("emails", rows as FormValue["emails"])}
        />
        {text("website", t("form.website"))}
        {text("openingHours", t("form.openingHours"), "textarea")}
        <fieldset className="checkboxes">
          <legend>{t("form.languages")}</legend>
          {LOCALES.map((l) => (
            <label key={l}>
              <input type="checkbox" checked={value.languages.includes(l)} onChange={() => set("languages", toggle(value.languages, l))} /> {l}
            </label>
          ))}
        </fieldset>
      </fieldset>
      {mode !== "contacts" && (
        <fieldset>
          {value.kind === "court" && (
            <fieldset className="checkboxes">
              <legend>{t("form.services")}</legend>
              {FRONT_OFFICE_SERVICES.map((s) => (
                <label key={s}>
                  <input type="checkbox" checked={value.services.includes(s)} onChange={() => set("services", toggle(value.services, s))} /> {t(`services.${s}`)}
                </label>
              ))}
            </fieldset>
          )}
          {text("accessibility", t("form.accessibility"), "textarea")}
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

interface ListProps {
  legend: string;
  rows: Record<string, string>[];
  keyName: string;
  keyLabel: string;
  prefix: string;
  errors: FieldErrors;
  onChange: (rows: Record<string, string>[]) => void;
}

/** Contacts with their purpose ("reception", "chancellery"…): one row each. */
function ListEditor({ legend, rows, keyName, keyLabel, prefix, errors, onChange }: ListProps) {
  const t = useTranslations("admin.form");
  const update = (i: number, key: string, v: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: v } : r)));
  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      {rows.map((row, i) => {
        const name = `${prefix}.${i}.${keyName}`;
        return (
          <div key={i} className="list-row">
            <label>
              {keyLabel}{" "}
              <input
                value={row[keyName] ?? ""}
                onChange={(e) => update(i, keyName, e.target.value)}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={errors[name] ? errorId(name) : undefined}
              />
            </label>
            <label>
              {t("purpose")} <input value={row.purpose ?? ""} onChange={(e) => update(i, "purpose", e.target.value)} />
            </label>
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t("remove")}
            </button>
            <FieldError id={errorId(name)} message={errors[name] ?? errors[`${prefix}.${i}.purpose`]} />
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, { [keyName]: "", purpose: "" }])}>
        {t("add")}
      </button>
      <FieldError id={errorId(prefix)} message={errors[prefix]} />
    </fieldset>
  );
}
