import { versionedWrite } from "../versioned-write";

export const closeEntry = versionedWrite("/api/v1/admin/entries/{id}/close", "Close (the way to delete: history is kept)");
