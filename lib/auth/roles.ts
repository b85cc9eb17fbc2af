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
