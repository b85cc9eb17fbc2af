import type { Actor } from "./roles";

// What each role may do, by name: routes ask authorize(req, canX) for the action as a whole, lib asks
// canEditEntry / canModerate about the entry or request concerned. Routes never spell out a role.

/** A yes or no for an actor, before any particular entry is looked at. */
export type Permission = (actor: Actor) => boolean;

const isAdmin: Permission = (actor) => actor.role === "admin";
const isStaff: Permission = (actor) => actor.role === "admin" || actor.role === "editor";

/** Anyone signed in, whatever their role (their own account page). */
export const isSignedIn: Permission = () => true;
/** Read the admin table and history, create, edit, close, reopen and restore entries (regions checked per entry). */
export const canEditEntries: Permission = isStaff;
/** Work the moderation queue (regions checked per request). */
export const canReviewChanges: Permission = isStaff;
/** Approve, reject and answer citizens' comments on courts (regions checked per comment). */
export const canReviewRatingComments: Permission = isStaff;
export const canManageUsers: Permission = isAdmin;
export const canImport: Permission = isAdmin;
/** Claim a listing, propose one, propose new contact details: practitioners only, and always moderated. */
export const canProposeListings: Permission = (actor) => actor.role === "practitioner";
/** Invite a court's staff (the court's region is checked per entry, as for editing it). */
export const canInviteCourtStaff: Permission = isStaff;
/**
 * Become a court's staff with an invite code: an account that proposes, like a practitioner's (staff
 * accounts are practitioner accounts that own their court's entry), never an editor's or admin's.
 */
export const canAcceptCourtInvite: Permission = (actor) => actor.role === "practitioner";

/** Admins may change every region; editors only their own; practitioners none directly. */
function mayChangeRegion(actor: Actor, regionIso: string | null | undefined): boolean {
  if (actor.role === "admin") return true;
  if (actor.role !== "editor") return false;
  return regionIso != null && actor.regions.includes(regionIso);
}

export const canEditEntry = (actor: Actor, entry: { regionIso: string | null | undefined }) => mayChangeRegion(actor, entry.regionIso);

/** Whether the actor decides requests from this region. */
export const canModerate = (actor: Actor, regionIso: string | null | undefined) => mayChangeRegion(actor, regionIso);

/** The regions whose requests the actor sees in the queue; null for every region. */
export const moderatedRegions = (actor: Actor): string[] | null => (actor.role === "admin" ? null : actor.regions);
