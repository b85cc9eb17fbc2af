import type { RouteContract } from "@/lib/api/contract";
import { getAccess } from "./access/contract";
import { findAccessWhatIf } from "./access/what-if/contract";
import { approveChange } from "./admin/changes/[id]/approve/contract";
import { rejectChange } from "./admin/changes/[id]/reject/contract";
import { reviewQueue } from "./admin/changes/contract";
import { courtCompleteness } from "./admin/completeness/contract";
import { closeEntry } from "./admin/entries/[id]/close/contract";
import { getAdminEntry, saveEntry } from "./admin/entries/[id]/contract";
import { reopenEntry } from "./admin/entries/[id]/reopen/contract";
import { restoreRevision } from "./admin/entries/[id]/revisions/[version]/restore/contract";
import { entryHistory } from "./admin/entries/[id]/revisions/contract";
import { createInvite } from "./admin/entries/[id]/invites/contract";
import { createEntry, listAdminEntries } from "./admin/entries/contract";
import { importFile } from "./admin/import/contract";
import { importJob } from "./admin/import/jobs/[id]/contract";
import { setRole } from "./admin/users/[id]/contract";
import { createUser, listUsers } from "./admin/users/contract";
import { createCorrection } from "./entries/[id]/corrections/contract";
import { getEntry } from "./entries/[id]/contract";
import { createEntryRating, getEntryRatings } from "./entries/[id]/ratings/contract";
import { listRatings } from "./ratings/contract";
import { approveRatingComment } from "./admin/rating-comments/[id]/approve/contract";
import { rejectRatingComment } from "./admin/rating-comments/[id]/reject/contract";
import { replyToRatingComment } from "./admin/rating-comments/[id]/reply/contract";
import { ratingCommentQueue } from "./admin/rating-comments/contract";
import { searchEntries } from "./entries/contract";
import { exportDirectory } from "./export/contract";
import { locatePoint } from "./locate/contract";
import { listMarkers } from "./markers/contract";
import { claimListing } from "./me/claims/contract";
import { acceptInvite } from "./me/courts/contract";
import { me } from "./me/contract";
import { proposeContactChange } from "./me/entries/[id]/changes/contract";
import { proposeListing } from "./me/listings/contract";
import { nearestEntries } from "./nearest/contract";
import { findPlaces } from "./places/contract";
import { listRegions } from "./regions/contract";
import { listDistricts } from "./districts/contract";
import { getSnapshotFile } from "./snapshots/[date]/[file]/contract";
import { listSnapshots } from "./snapshots/contract";

/**
 * Every route's contract, keyed by its operationId, in the order the OpenAPI document lists them: a new route
 * adds its own here. The operationId is what generated clients name their methods, so it is stable (renaming
 * one breaks their code) and follows one rule: verb + resource in camelCase —
 *   verb: list (a collection), get (one thing), find / locate / export (a computed answer), create, update,
 *         (create is the one public write: createCorrection, a visitor's suggestion),
 *         close, reopen, restore, approve, reject, start (an action on one thing);
 *   resource: the noun of the path, singular for one thing (getEntry) and plural for a collection (listEntries);
 *   prefix: `admin` for /api/v1/admin/** (adminUpdateEntry), the verb + `My` for the signed-in person's own
 *           /api/v1/me/** (getMyAccount, createMyClaim).
 * tests/api/openapi-lint.test.ts checks the rule.
 */
export const OPERATIONS = {
  listRegions, listDistricts, listEntries: searchEntries, listMarkers, getEntry, findNearest: nearestEntries, locatePoint, findPlaces, exportDirectory,
  listSnapshots, getSnapshotFile, createCorrection,
  getAccess, findAccessWhatIf,
  adminListEntries: listAdminEntries, adminCreateEntry: createEntry, adminGetEntry: getAdminEntry, adminUpdateEntry: saveEntry,
  adminCloseEntry: closeEntry, adminReopenEntry: reopenEntry, adminListRevisions: entryHistory, adminRestoreRevision: restoreRevision,
  adminListChanges: reviewQueue, adminApproveChange: approveChange, adminRejectChange: rejectChange,
  adminGetCourtCompleteness: courtCompleteness,
  adminListUsers: listUsers, adminCreateUser: createUser, adminUpdateUser: setRole,
  adminStartImport: importFile,
  adminGetImportJob: importJob,
  adminCreateInvite: createInvite,
  getEntryRatings, createEntryRating, listRatings,
  adminListRatingComments: ratingCommentQueue, adminApproveRatingComment: approveRatingComment, adminRejectRatingComment: rejectRatingComment,
  adminCreateRatingCommentReply: replyToRatingComment,
  getMyAccount: me, createMyClaim: claimListing, createMyListing: proposeListing, createMyContactChange: proposeContactChange,
  createMyCourt: acceptInvite,
} satisfies Record<string, RouteContract>;

export const CONTRACTS: readonly RouteContract[] = Object.values(OPERATIONS);
