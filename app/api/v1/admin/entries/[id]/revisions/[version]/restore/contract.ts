import { z } from "zod";
import { versionedWrite } from "../../../versioned-write";

export const restoreRevision = versionedWrite(
  "/api/v1/admin/entries/{id}/revisions/{version}/restore",
  "Restore the entry as it was after that revision (a new revision)",
  z.object({ id: z.string(), version: z.string() }),
);
