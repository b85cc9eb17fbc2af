/** The message next to a field, announced by screen readers and tied to the field by id. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}

export const errorId = (field: string) => `err-${field.replace(/\W/g, "-")}`;
