import { describe, expect, it } from "vitest";
import { canEditEntries, canEditEntry, canImport, canManageUsers, canModerate, canProposeListings, moderatedRegions } from "@/lib/auth/permissions";
import type { Actor, Role } from "@/lib/auth/roles";

const actor = (role: Role, regions: string[] = []): Actor => ({ id: role, email: `${role}@example.org`, name: role, role, regions });
const admin = actor("admin");
const editor = actor("editor", ["KZ-75"]);
const practitioner = actor("practitioner", ["KZ-75"]);

describe("permissions", () => {
  it("lets admins do everything, editors their regions' entries and requests, practitioners only propose", () => {
    expect([admin, editor, practitioner].map(canEditEntries)).toEqual([true, true, false]);
    expect([admin, editor, practitioner].map(canManageUsers)).toEqual([true, false, false]);
    expect([admin, editor, practitioner].map(canImport)).toEqual([true, false, false]);
    expect([admin, editor, practitioner].map(canProposeListings)).toEqual([false, false, true]);
    expect([admin, editor, practitioner].map((a) => canEditEntry(a, { regionIso: "KZ-75" }))).toEqual([true, true, false]);
    expect([admin, editor].map((a) => canEditEntry(a, { regionIso: "KZ-71" }))).toEqual([true, false]);
    expect([admin, editor].map((a) => canEditEntry(a, { regionIso: null }))).toEqual([true, false]);
    expect([admin, editor, practitioner].map((a) => canModerate(a, "KZ-75"))).toEqual([true, true, false]);
    expect([admin, editor].map(moderatedRegions)).toEqual([null, ["KZ-75"]]);
  });
});
