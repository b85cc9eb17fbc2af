"use client";

import { useTranslations } from "next-intl";
import { errorId, FieldError } from "./FieldError";
import type { FieldErrors } from "./field-errors";
import type { AddressForm } from "./form-value";

const PARTS = ["postalCode", "locality", "street", "building", "office"] as const;

/** An address in parts (visiting or postal); a part left empty is not known. */
export function AddressFields({ name, legend, value, scope, errors, onChange }: { name: "visitingAddress" | "postalAddress"; legend: string; value: AddressForm; scope: string; errors: FieldErrors; onChange: (v: AddressForm) => void }) {
  const t = useTranslations("facts.address");
  return (
    <fieldset className="address-parts">
      <legend>{legend}</legend>
      {PARTS.map((part) => {
        const path = `${name}.${part}`;
        const id = `${scope}f-${name}-${part}`;
        return (
          <div key={part} className="form-field">
            <label htmlFor={id}>{t(part)}</label>
            <input
              id={id}
              value={value[part]}
              onChange={(e) => onChange({ ...value, [part]: e.target.value })}
              {...(part === "postalCode" ? { inputMode: "text" as const, autoComplete: "off", size: 8 } : {})}
              {...(errors[path] ? { "aria-invalid": true, "aria-describedby": errorId(path, scope) } : {})}
            />
            <FieldError id={errorId(path, scope)} field={path} code={errors[path]} />
          </div>
        );
      })}
    </fieldset>
  );
}
