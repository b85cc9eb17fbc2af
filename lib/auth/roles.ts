export const ROLES = ["admin", "editor", "practitioner"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person a request acts for. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  regions: string[]; // editors only: the ISO codes they may change
}

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** Admins may change every region; editors only their own; practitioners none directly. */
export function mayEditRegion(actor: Actor, regionIso: string | null | undefined): boolean {
  if (actor.role === "admin") return true;
  if (actor.role !== "editor") return false;
  return regionIso != null && actor.regions.includes(regionIso);
}

export const isStaff = (actor: Actor) => actor.role === "admin" || actor.role === "editor";
