import { versionedWrite } from "../versioned-write";

export const reopenEntry = versionedWrite("/api/v1/admin/entries/{id}/reopen", "Reopen a closed entry");
