import type { ApiCallError } from "@/components/api/client";

/** zod issues or an API error as codes by field path ("phones.0.number" → "custom"); shown through useErrorText. */
export type FieldErrors = Record<string, string>;

/** The API error's code under its field (without the prefix the request wrapped the input in, e.g. "entry."). */
export function apiFieldErrors(error: ApiCallError, prefix = ""): FieldErrors {
  if (!error.field) return {};
  const field = prefix && error.field.startsWith(prefix) ? error.field.slice(prefix.length) : error.field;
  return { [field]: error.code };
}
