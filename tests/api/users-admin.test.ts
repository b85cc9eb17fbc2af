import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as listUsersRoute, POST as createUserRoute } from "@/app/api/v1/admin/users/route";
import { PUT as setRoleRoute } from "@/app/api/v1/admin/users/[id]/route";
import { createUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db/client";
import { send, signedIn } from "./actors";

useScratchDatabase("users-admin");

const STRONG = "granite steppe lantern 47";
const put = (as: Awaited<ReturnType<typeof signedIn>>, id: string, body: unknown) => send(setRoleRoute, "PUT", `/api/v1/admin/users/${id}`, { as, params: { id }, body });

describe("the Users form: an admin's accounts", () => {
  it("creates an account once per e-mail, whatever its case; the second is a 409 naming the e-mail", async () => {
    const admin = await signedIn("admin");
    const first = await send(createUserRoute, "POST", "/api/v1/admin/users", { as: admin, body: { email: "Clerk@Example.org", name: "Clerk", password: STRONG, role: "editor", regions: ["KZ-75"] } });
    expect(first.status).toBe(201);
    const stored = await db().user.findUniqueOrThrow({ where: { id: first.body.id } });
    expect(stored).toMatchObject({ email: "clerk@example.org", name: "Clerk", role: "editor", regions: '["KZ-75"]', emailVerified: false });
    const again = await send(createUserRoute, "POST", "/api/v1/admin/users", { as: admin, body: { email: "CLERK@example.ORG", name: "Other", password: STRONG, role: "admin" } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "exists", field: "email", message: "An account with this e-mail already exists" });
    expect(await db().user.count({ where: { email: "clerk@example.org" } })).toBe(1);
  });

  it("lists every account oldest first, with its role and regions and without any secret", async () => {
    const admin = await signedIn("admin");
    const editor = await signedIn("editor", ["KZ-11", "KZ-75"]);
    const res = await send(listUsersRoute, "GET", "/api/v1/admin/users", { as: admin });
    expect(res.status).toBe(200);
    const items = res.body.items as { id: string; createdAt: string }[];
    const ids = items.map((u) => u.id);
    expect(ids.indexOf(admin.id)).toBeLessThan(ids.indexOf(editor.id));
    expect([...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((u) => u.id)).toEqual(ids);
    const row = items.find((u) => u.id === editor.id)!;
    const created = (await db().user.findUniqueOrThrow({ where: { id: editor.id } })).createdAt;
    expect(row).toEqual({ id: editor.id, email: editor.email, name: "Test editor", role: "editor", regions: ["KZ-11", "KZ-75"], createdAt: created.toISOString() });
  });

  it("createUser (also behind admin:create) stores the e-mail trimmed and lowercased, and an admin's regions as none given", async () => {
    const { id } = await createUser(db(), { email: "  Script.Admin@Example.ORG ", name: "Script", password: STRONG, role: "admin" });
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ email: "script.admin@example.org", regions: "[]" });
  });

  it("lists by when each account was made, not by when its row was written", async () => {
    const admin = await signedIn("admin");
    const late = await signedIn("practitioner");
    await db().user.update({ where: { id: late.id }, data: { createdAt: new Date("2000-01-01T00:00:00Z") } });
    const ids = (await send(listUsersRoute, "GET", "/api/v1/admin/users", { as: admin })).body.items.map((u: { id: string }) => u.id);
    expect(ids[0]).toBe(late.id);
  });

  it("gives an editor regions, and takes them away with the role; a practitioner or admin holds none", async () => {
    const admin = await signedIn("admin");
    const person = await signedIn("practitioner");
    const editor = await put(admin, person.id, { role: "editor", regions: ["KZ-19"] });
    expect(editor.status).toBe(200);
    expect(editor.body).toMatchObject({ id: person.id, email: person.email, role: "editor", regions: ["KZ-19"] });
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).regions).toBe('["KZ-19"]');
    for (const role of ["practitioner", "admin"]) {
      const res = await put(admin, person.id, { role, regions: ["KZ-19"] });
      expect(res.body).toMatchObject({ role, regions: [] });
      expect(await db().user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ role, regions: "[]" });
    }
  });

  it("the new role holds from the person's next request, with its regions", async () => {
    const admin = await signedIn("admin");
    const person = await signedIn("admin");
    expect((await send(listUsersRoute, "GET", "/api/v1/admin/users", { as: person })).status).toBe(200);
    await put(admin, person.id, { role: "editor", regions: ["KZ-75"] });
    const refused = await send(listUsersRoute, "GET", "/api/v1/admin/users", { as: person });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Your role may not do this");
  });

  it("an admin may not demote themselves (400 on role, nothing changed), and may keep their own role", async () => {
    const admin = await signedIn("admin");
    for (const role of ["editor", "practitioner"]) {
      const res = await put(admin, admin.id, { role, regions: ["KZ-75"] });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ field: "role", message: "role: you cannot demote yourself" });
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    expect((await put(admin, admin.id, { role: "admin", regions: [] })).status).toBe(200);
  });

  it("an unknown account is a 404 naming it, and nothing is created", async () => {
    const admin = await signedIn("admin");
    const before = await db().user.count();
    const res = await put(admin, "no-such-user", { role: "editor", regions: ["KZ-75"] });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/User.*no-such-user/);
    expect(await db().user.count()).toBe(before);
  });
});
