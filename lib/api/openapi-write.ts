import { z } from "zod";
import {
  AdminEntriesQuerySchema, AdminEntryPageSchema, AdminEntrySchema, ApproveSchema, ChangeRequestResultSchema, ChangesQuerySchema,
  ClaimSchema, ConflictSchema, NewUserSchema, RejectSchema, RevisionSchema, UserSchema, UserUpdateSchema, WriteResultSchema,
} from "../validation/admin";
import { ContactInputSchema, EntryInputSchema, EntryUpdateSchema, ListingInputSchema, VersionOnlySchema } from "../validation/entry-input";
import { ExportQuerySchema } from "../validation/export";
import { ImportQuerySchema, ImportReportSchema } from "../validation/import";
import { ApiErrorSchema } from "./errors";
import { registerOpenApi } from "./openapi";

// The write API (admins, regional editors, practitioners) and the open-data export, in the one document.

const jsonBody = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const ok = (schema: z.ZodType, description = "OK") => ({ description, ...jsonBody(schema) });
const err = (description: string) => ({ description, ...jsonBody(ApiErrorSchema) });
const AUTH = {
  401: err("Not signed in"),
  403: err("Signed in, but your role, region or ownership does not allow this; or a cross-site request"),
};
const id = z.object({ id: z.string() });

registerOpenApi((registry, errors) => {
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description: "Sign in with POST /api/auth/sign-in/email. State-changing requests must come from this site (Origin checked).",
  });
  const security = [{ session: [] }];
  const write = (method: "post" | "put", path: string, summary: string, request: object, responses: object) =>
    registry.registerPath({ method, path, summary, security, request, responses: { ...responses, 400: errors[400], ...AUTH } as never });

  registry.registerPath({ method: "get", path: "/api/v1/export", summary: "The whole public directory as open data (CSV or GeoJSON)", request: { query: ExportQuerySchema }, responses: { 200: { description: "text/csv or application/geo+json" }, 400: errors[400], 429: errors[429] } });

  registry.registerPath({ method: "get", path: "/api/v1/admin/entries", summary: "Entries for the admin table, closed ones included (staff)", security, request: { query: AdminEntriesQuerySchema }, responses: { 200: ok(AdminEntryPageSchema), ...AUTH } });
  write("post", "/api/v1/admin/entries", "Create an entry (admin; editor within their regions)", { body: jsonBody(EntryInputSchema) }, { 201: ok(z.object({ id: z.string(), version: z.int() })) });
  registry.registerPath({ method: "get", path: "/api/v1/admin/entries/{id}", summary: "One entry with its version", security, request: { params: id }, responses: { 200: ok(AdminEntrySchema), ...AUTH, 404: errors[404] } });
  write("put", "/api/v1/admin/entries/{id}", "Save an entry; `version` is the version the edit started from", { params: id, body: jsonBody(EntryUpdateSchema) }, {
    200: ok(WriteResultSchema),
    404: errors[404],
    409: ok(ConflictSchema, "Someone else saved in the meantime: what changed since your version"),
  });
  for (const [action, what] of [["close", "Close (the way to delete: history is kept)"], ["reopen", "Reopen a closed entry"]] as const) {
    write("post", `/api/v1/admin/entries/{id}/${action}`, what, { params: id, body: jsonBody(VersionOnlySchema) }, { 200: ok(WriteResultSchema), 404: errors[404], 409: ok(ConflictSchema, "Stale version") });
  }
  registry.registerPath({ method: "get", path: "/api/v1/admin/entries/{id}/revisions", summary: "The entry's history, newest first", security, request: { params: id }, responses: { 200: ok(z.object({ items: z.array(RevisionSchema) })), ...AUTH } });
  write("post", "/api/v1/admin/entries/{id}/revisions/{version}/restore", "Restore the entry as it was after that revision (a new revision)", { params: z.object({ id: z.string(), version: z.string() }), body: jsonBody(VersionOnlySchema) }, { 200: ok(WriteResultSchema), 404: errors[404], 409: ok(ConflictSchema, "Stale version") });

  registry.registerPath({ method: "get", path: "/api/v1/admin/changes", summary: "The moderation queue (editors see their regions)", security, request: { query: ChangesQuerySchema }, responses: { 200: { description: "Change requests" }, ...AUTH } });
  write("post", "/api/v1/admin/changes/{id}/approve", "Approve a practitioner's request: it is applied and becomes public", { params: id, body: jsonBody(ApproveSchema) }, { 200: ok(ChangeRequestResultSchema), 409: err("Already decided") });
  write("post", "/api/v1/admin/changes/{id}/reject", "Reject with a reason the practitioner sees", { params: id, body: jsonBody(RejectSchema) }, { 200: ok(ChangeRequestResultSchema), 409: err("Already decided") });

  registry.registerPath({ method: "get", path: "/api/v1/admin/users", summary: "Accounts (admin)", security, responses: { 200: ok(z.object({ items: z.array(UserSchema) })), ...AUTH } });
  write("post", "/api/v1/admin/users", "Create an account, e.g. a regional editor (admin)", { body: jsonBody(NewUserSchema) }, { 201: ok(z.object({ id: z.string() })), 409: err("E-mail taken") });
  write("put", "/api/v1/admin/users/{id}", "Set a person's role and regions (admin)", { params: id, body: jsonBody(UserUpdateSchema) }, { 200: ok(UserSchema) });

  write("post", "/api/v1/admin/import", "Import CSV, GeoJSON or registry JSON (the request body is the file). dryRun=true (default) only reports; a real run writes all or nothing", {
    query: ImportQuerySchema,
    body: { content: { "text/csv": { schema: z.string() }, "application/geo+json": { schema: z.string() }, "application/json": { schema: z.string() } } },
  }, { 200: ok(ImportReportSchema) });

  registry.registerPath({ method: "get", path: "/api/v1/me", summary: "The signed-in person, their listings and requests", security, responses: { 200: { description: "OK" }, 401: AUTH[401] } });
  write("post", "/api/v1/me/claims", "Claim an existing listing (practitioner; moderated)", { body: jsonBody(ClaimSchema) }, { 202: ok(ChangeRequestResultSchema, "Waiting for moderation") });
  write("post", "/api/v1/me/listings", "Propose a new listing with a licence or registry number (practitioner; moderated)", { body: jsonBody(ListingInputSchema) }, { 202: ok(ChangeRequestResultSchema, "Waiting for moderation") });
  write("post", "/api/v1/me/entries/{id}/changes", "Propose new contact details for your own listing (moderated)", { params: id, body: jsonBody(ContactInputSchema) }, { 202: ok(ChangeRequestResultSchema, "Waiting for moderation") });
});
