import { idParams } from "@/lib/api/contract";
import { CloseEntrySchema } from "@/lib/validation/entry-input";
import { versionedWrite } from "../versioned-write";

export const closeEntry = versionedWrite("/api/v1/admin/entries/{id}/close", "Close (the way to delete: history is kept), naming the entry that takes over its work", idParams, CloseEntrySchema);
