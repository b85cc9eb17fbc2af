import type { ContactInput, EntryInput, EntryPatch } from "../validation/entry-input";
import { contactToContent, diffContent, inputToContent, patchToContent, pickContent, type EntryContent, type FieldChange } from "./columns";
import type { Entry } from "../db/generated/client";

// What a request would write, as entry columns, so every kind of request is shown and decided the same
// way: field by field, before → after.

export type ChangeType = "claim" | "create" | "update" | "correction";

// Stored payloads are validated input; the list defaults cover rows written before a list field existed.
const LIST_DEFAULTS = { phones: [], emails: [], languages: [], services: [], regionIso: null, location: null, name: {} };

export function proposedContent(type: ChangeType, payload: string, ownerId: string | null): Partial<EntryContent> {
  const value: unknown = { ...LIST_DEFAULTS, ...(JSON.parse(payload) as object) };
  switch (type) {
    case "create":
      return inputToContent(value as EntryInput);
    case "claim":
      return { ownerId };
    case "update":
      return contactToContent(value as ContactInput);
    case "correction":
      return patchToContent(JSON.parse(payload) as EntryPatch);
  }
}

/** The request's fields that differ from the entry as it is now (every given field of a new listing). */
export function requestDiff(type: ChangeType, payload: string, ownerId: string | null, entry: Entry | null): FieldChange[] {
  return diffContent(entry ? pickContent(entry) : null, proposedContent(type, payload, ownerId));
}

/** Requests an editor may accept in part; a claim or a new listing is decided as a whole. */
export const decidedByField = (type: ChangeType) => type === "update" || type === "correction";
