import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { useScratchDatabase } from "./scratch-db";
import { GET as queue } from "@/app/api/v1/admin/changes/route";
import { POST as approve } from "@/app/api/v1/admin/changes/[id]/approve/route";
import { GET as adminEntries } from "@/app/api/v1/admin/entries/route";
import { GET as adminEntry } from "@/app/api/v1/admin/entries/[id]/route";
import { GET as history } from "@/app/api/v1/admin/entries/[id]/revisions/route";
import { GET as users } from "@/app/api/v1/admin/users/route";
import { POST as claim } from "@/app/api/v1/me/claims/route";
import { POST as listing } from "@/app/api/v1/me/listings/route";
import { GET as me } from "@/app/api/v1/me/route";
import { db } from "@/lib/db/client";
import { AdminEntryPageSchema, AdminEntrySchema, ChangeRequestPageSchema, MeSchema, RevisionSchema, UserSchema } from "@/lib/validation/admin";
import { send, signedIn, type TestActor } from "./actors";

// The admin pages are typed with these schemas (z.infer): each must describe its route's body exactly —
// parsing keeps every field (nothing unknown is stripped) and fails on a wrong type or a missing field.

useScratchDatabase("response-shapes");

let admin: TestActor;
let practitioner: TestActor;
let listingId: string;

beforeAll(async () => {
  admin = await signedIn("admin");
  practitioner = await signedIn("practitioner");
  const sample = await db().entry.findFirstOrThrow({ where: { kind: "advocate", licenceNumber: { not: null } } });
  listingId = sample.id;
  const claimed = await send(claim, "POST", "/api/v1/me/claims", { as: practitioner, body: { entryId: sample.id, licenceNumber: sample.licenceNumber } });
  await send(approve, "POST", `/api/v1/admin/changes/${claimed.body.id}/approve`, { as: admin, params: { id: claimed.body.id } });
  const proposal = { kind: "mediator", name: { ru: "Медиатор Схема" }, regionIso: "KZ-75", licenceNumber: "S-101", phones: [{ number: "87011234567" }] };
  expect((await send(listing, "POST", "/api/v1/me/listings", { as: practitioner, body: proposal })).status).toBe(202);
});

const exactly = (schema: z.ZodType, body: unknown) => expect(schema.parse(body)).toEqual(body);

describe("the response shapes the admin pages are typed with", () => {
  it("GET /api/v1/me is a Me: the person, their listings (admin entries) and their requests", async () => {
    const res = await send(me, "GET", "/api/v1/me", { as: practitioner });
    expect(res.status).toBe(200);
    expect(res.body.listings).toHaveLength(1);
    expect(res.body.requests.length).toBeGreaterThanOrEqual(2);
    exactly(MeSchema, res.body);
  });

  it("the moderation queue is a page of ChangeRequests", async () => {
    const res = await send(queue, "GET", "/api/v1/admin/changes?status=pending", { as: admin });
    expect(res.body.items.length).toBeGreaterThan(0);
    exactly(ChangeRequestPageSchema, res.body);
  });

  it("the entry table's page, one admin entry and its revisions", async () => {
    const page = await send(adminEntries, "GET", "/api/v1/admin/entries?status=any&limit=20", { as: admin });
    exactly(AdminEntryPageSchema, page.body);
    const one = await send(adminEntry, "GET", `/api/v1/admin/entries/${listingId}`, { as: admin, params: { id: listingId } });
    exactly(AdminEntrySchema, one.body);
    const revisions = await send(history, "GET", `/api/v1/admin/entries/${listingId}/revisions`, { as: admin, params: { id: listingId } });
    expect(revisions.body.items.length).toBeGreaterThan(0);
    exactly(z.object({ items: z.array(RevisionSchema) }), revisions.body);
  });

  it("the accounts list's items are Users", async () => {
    const res = await send(users, "GET", "/api/v1/admin/users", { as: admin });
    exactly(z.object({ items: z.array(UserSchema) }), res.body);
  });
});
