import { useTranslations } from "next-intl";
import { useCallback } from "react";

// The API answers with machine codes ({code, field}) and English messages; the admin pages show the
// message for the code and field in the page's language (messages/<locale>/facts.json "errors").

const FIELD_MESSAGES: [RegExp, string][] = [
  [/^phones\.\d+\.number$/, "phone"],
  [/^emails\.\d+\.address$/, "email"],
  [/^website$/, "website"],
  [/^openingHours$/, "openingHours"],
  [/postalCode$/, "postalCode"],
  [/^(licenceIssuedOn|memberSince)$|\.until$/, "date"],
  [/^name(\.|$)/, "name"],
  [/^courtKind$/, "courtKind"],
  [/^licenceNumber$/, "licenceNumber"],
  [/^replacedBy$/, "replacedBy"],
];
const VALIDATION_CODES = new Set(["invalid_parameter", "custom", "invalid_format", "too_big", "too_small", "invalid_value", "invalid_type", "invalid_union"]);
const CODE_MESSAGES = new Set(["invalid_format", "too_big", "too_small", "invalid_value", "invalid_type", "forbidden", "not_found", "conflict", "rate_limited", "limit_reached"]);

/** The message key (in facts.errors) for an error's code and field; the field's rule first, then the code's. */
export function errorMessageKey(field: string | undefined, code: string): string {
  const path = field?.replace(/^(entry|body)\./, "");
  if (path && VALIDATION_CODES.has(code)) for (const [pattern, key] of FIELD_MESSAGES) if (pattern.test(path)) return key;
  if (CODE_MESSAGES.has(code)) return code;
  return VALIDATION_CODES.has(code) ? "invalid" : "generic";
}

/** (field, code, status) → the message in the page's language. */
export function useErrorText() {
  const t = useTranslations("facts.errors");
  return useCallback((field: string | undefined, code: string, status = 400) => t(errorMessageKey(field, code), { status }), [t]);
}
