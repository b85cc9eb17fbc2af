import { useErrorText } from "./error-text";

/** The message next to a field (from its error code, in the page's language), announced by screen readers and tied to the field by id. */
export function FieldError({ id, field, code }: { id: string; field: string; code?: string }) {
  const text = useErrorText();
  if (!code) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {text(field, code)}
    </span>
  );
}

export const errorId = (field: string, scope = "") => `err-${scope}${field.replace(/\W/g, "-")}`;
