import type { RouteContract } from "@/lib/api/contract";
import { approveChange } from "./admin/changes/[id]/approve/contract";
import { rejectChange } from "./admin/changes/[id]/reject/contract";
import { reviewQueue } from "./admin/changes/contract";
import { closeEntry } from "./admin/entries/[id]/close/contract";
import { getAdminEntry, saveEntry } from "./admin/entries/[id]/contract";
import { reopenEntry } from "./admin/entries/[id]/reopen/contract";
import { restoreRevision } from "./admin/entries/[id]/revisions/[version]/restore/contract";
import { entryHistory } from "./admin/entries/[id]/revisions/contract";
import { createEntry, listAdminEntries } from "./admin/entries/contract";
import { importFile } from "./admin/import/contract";
import { importJob } from "./admin/import/jobs/[id]/contract";
import { setRole } from "./admin/users/[id]/contract";
import { createUser, listUsers } from "./admin/users/contract";
import { getEntry } from "./entries/[id]/contract";
import { searchEntries } from "./entries/contract";
import { exportDirectory } from "./export/contract";
import { locatePoint } from "./locate/contract";
import { listMarkers } from "./markers/contract";
import { claimListing } from "./me/claims/contract";
import { me } from "./me/contract";
import { proposeContactChange } from "./me/entries/[id]/changes/contract";
import { proposeListing } from "./me/listings/contract";
import { nearestEntries } from "./nearest/contract";
import { listRegions } from "./regions/contract";

/** Every route's contract, in the order the OpenAPI document lists them: a new route adds its own here. */
export const CONTRACTS: readonly RouteContract[] = [
  listRegions, searchEntries, listMarkers, getEntry, nearestEntries, locatePoint, exportDirectory,
  listAdminEntries, createEntry, getAdminEntry, saveEntry, closeEntry, reopenEntry, entryHistory, restoreRevision,
  reviewQueue, approveChange, rejectChange,
  listUsers, createUser, setRole,
  importFile,
  importJob,
  me, claimListing, proposeListing, proposeContactChange,
];
