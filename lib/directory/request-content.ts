import type { ContactInput, EntryInput, EntryPatch } from "../validation/entry-input";
import { EMPTY_INPUT, contactToContent, diffContent, inputToContent, patchToContent, pickContent, type EntryContent, type FieldChange } from "./columns";
import type { Entry } from "../db/generated/client";

// What a request would write, as entry columns, so every kind of request is shown and decided the same
// way: field by field, before → after.

export type ChangeType = "claim" | "create" | "update" | "correction";


export function proposedContent(type: ChangeType, payload: string, ownerId: string | null): Partial<EntryContent> {
  // Stored payloads are validated input; the defaults cover requests stored before a list field existed.
  const value: unknown = { ...EMPTY_INPUT, ...(JSON.parse(payload) as object) };
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
