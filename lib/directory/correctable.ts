/** The facts of an entry a visitor may correct: how to reach it, where it is, when it is open (no zod: the public bundle imports it). */
export const CORRECTABLE_FIELDS = ["address", "locality", "phones", "emails", "website", "openingHours", "accessibility"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
