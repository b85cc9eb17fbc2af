import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { createUser } from "@/lib/auth/accounts";
import type { Actor, Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { approveChange, claimListing, practitionerOverview, proposeContactChange, proposeListing, rejectChange, reviewQueue } from "@/lib/directory/moderation";
import { ContactInputSchema, EntryInputSchema } from "@/lib/validation/entry-input";

// The review queue's rules called directly, each refusal with its code, field and message: what a client
// shows its user and what the API documents.
useScratchDatabase("moderation-rules");

let serial = 0;
async function account(role: Role, regions: string[] = []): Promise<Actor> {
  const email = `${role}-rules-${++serial}@example.org`;
  const { id } = await createUser(db(), { email, name: `Rules ${role}`, password: `pw-${randomUUID()}`, role, regions });
  return { id, email, name: `Rules ${role}`, role, regions };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("the call was accepted"),
    (e: { name: string; code: string; field?: string; message: string }) => ({ name: e.constructor.name, code: e.code, field: e.field, message: e.message }),
  );

const contact = (website: string) => ContactInputSchema.parse({ phones: [{ number: "+7 701 463 13 53" }], website });

let editor: Actor;
let outsider: Actor;
let listingIds: string[];

beforeAll(async () => {
  editor = await account("editor", ["KZ-75"]);
  outsider = await account("editor", ["KZ-71"]);
  const rows = await db().entry.findMany({ where: { kind: "advocate", regionIso: "KZ-75", ownerId: null, licenceNumber: { not: null } }, take: 6, orderBy: { id: "asc" } });
  listingIds = rows.map((r) => r.id);
});

/** A practitioner who owns listing n (claimed and approved). */
async function owner(n: number) {
  const practitioner = await account("practitioner");
  const entry = await db().entry.findUniqueOrThrow({ where: { id: listingIds[n]! } });
  const claim = await claimListing(db(), practitioner, entry.id, entry.licenceNumber!);
  await approveChange(db(), editor, claim.id);
  return { practitioner, entry };
}

describe("proposing", () => {
  it("refuses a second pending request for the same listing, and a claim of a listing with an owner", async () => {
    const { practitioner, entry } = await owner(0);
    await proposeContactChange(db(), practitioner, entry.id, contact("https://first.example.kz"));
    expect(await refusal(proposeContactChange(db(), practitioner, entry.id, contact("https://second.example.kz")))).toEqual({
      name: "Conflict", code: "pending", field: undefined, message: "You already have a pending request for this listing",
    });
    const other = await account("practitioner");
    expect(await refusal(claimListing(db(), other, entry.id, entry.licenceNumber!))).toEqual({
      name: "Conflict", code: "claimed", field: "entryId", message: "This listing already has an owner",
    });
  });

  it("names the listing that is not there, the licence that does not match, and a listing that is not yours", async () => {
    const practitioner = await account("practitioner");
    expect(await refusal(claimListing(db(), practitioner, "advocate-none", "L"))).toMatchObject({ name: "NotFound", message: expect.stringContaining("Listing") });
    const court = await db().entry.findFirstOrThrow({ where: { kind: "court" } });
    expect(await refusal(claimListing(db(), practitioner, court.id, "L"))).toMatchObject({ name: "NotFound" });
    expect(await refusal(claimListing(db(), practitioner, listingIds[3]!, "not-the-licence"))).toEqual({
      name: "Invalid", code: "invalid_parameter", field: "licenceNumber", message: "licenceNumber: does not match the listing",
    });
    expect(await refusal(proposeContactChange(db(), practitioner, "advocate-none", contact("https://x.kz")))).toMatchObject({ name: "NotFound", message: expect.stringContaining("Listing") });
    expect(await refusal(proposeContactChange(db(), practitioner, listingIds[3]!, contact("https://x.kz")))).toMatchObject({ name: "Forbidden", message: "You can only change your own listing" });
  });

  it("stores a claim's licence number for the editor to check", async () => {
    const practitioner = await account("practitioner");
    const entry = await db().entry.findUniqueOrThrow({ where: { id: listingIds[2]! } });
    const { id } = await claimListing(db(), practitioner, entry.id, entry.licenceNumber!);
    const { items } = await reviewQueue(db(), editor, { status: "pending", limit: 100 });
    expect(items.find((r) => r.id === id)).toMatchObject({ type: "claim", payload: { licenceNumber: entry.licenceNumber }, entryName: entry.nameRu ?? entry.nameKk });
    await rejectChange(db(), editor, id, "not today");
  });
});

describe("deciding", () => {
  it("refuses an editor of another region, a second decision, and field decisions on a claim", async () => {
    const practitioner = await account("practitioner");
    const entry = await db().entry.findUniqueOrThrow({ where: { id: listingIds[1]! } });
    const claim = await claimListing(db(), practitioner, entry.id, entry.licenceNumber!);
    expect(await refusal(approveChange(db(), outsider, claim.id))).toEqual({
      name: "Forbidden", code: "forbidden", field: "regionIso", message: "This request is outside the regions you review",
    });
    expect(await refusal(approveChange(db(), editor, claim.id, { decisions: [{ field: "ownerId", accept: true }] }))).toEqual({
      name: "Invalid", code: "invalid_parameter", field: "decisions", message: "decisions: a claim or a new listing is approved or rejected as a whole",
    });
    expect(await approveChange(db(), editor, claim.id, { note: "licence checked" })).toEqual({ id: claim.id, status: "approved", entryId: entry.id });
    const revision = await db().revision.findFirstOrThrow({ where: { entryId: entry.id }, orderBy: { version: "desc" } });
    expect(revision.note).toBe(`claim by ${practitioner.email}: licence checked`);
    for (const again of [approveChange(db(), editor, claim.id), rejectChange(db(), editor, claim.id, "late")]) {
      expect(await refusal(again)).toEqual({ name: "Conflict", code: "decided", field: undefined, message: "This request was already approved" });
    }
    expect(await refusal(approveChange(db(), editor, "no-such-request"))).toMatchObject({ name: "NotFound", message: expect.stringContaining("Change request") });
  });

  it("approves a contact change in part: rejected fields keep their reasons, the rest is written and dated", async () => {
    const { practitioner, entry } = await owner(4);
    const { id } = await proposeContactChange(db(), practitioner, entry.id, { ...contact("https://part.example.kz"), address: "ул. Абая, 10" });
    expect(await refusal(approveChange(db(), editor, id, { decisions: [{ field: "nameRu", accept: false, reason: "x" }] }))).toEqual({
      name: "Invalid", code: "invalid_parameter", field: "decisions.0.field", message: 'decisions.0.field: "nameRu" is not a field this request changes',
    });
    const long = "f".repeat(60);
    expect(await refusal(approveChange(db(), editor, id, { decisions: [{ field: "website", accept: true }, { field: long, accept: true }] }))).toMatchObject({
      field: "decisions.1.field", message: `decisions.1.field: "${long.slice(0, 40)}" is not a field this request changes`,
    });
    const result = await approveChange(db(), editor, id, { decisions: [{ field: "address", accept: false, reason: "no such street" }] });
    expect(result).toMatchObject({ status: "approved", entryId: entry.id });
    expect("decisions" in result ? result.decisions : []).toEqual(
      expect.arrayContaining([{ field: "address", accept: false, reason: "no such street" }, { field: "website", accept: true }]),
    );
    const after = await db().entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.website).toBe("https://part.example.kz");
    expect(after.address).toBe(entry.address);
    expect(after.verifiedAt).not.toBeNull();
    const request = await db().changeRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({ status: "approved", reason: null, reviewerId: editor.id });
    const revision = await db().revision.findFirstOrThrow({ where: { entryId: entry.id }, orderBy: { version: "desc" } });
    expect(revision.note).toBe(`update by ${practitioner.email}`);
  });

  it("calls a change with every field rejected a rejection, its reasons joined, and writes nothing", async () => {
    const { practitioner, entry } = await owner(2);
    const { id } = await proposeContactChange(db(), practitioner, entry.id, { ...contact("https://none.example.kz"), address: "ул. Абая, 11" });
    const before = await db().entry.findUniqueOrThrow({ where: { id: entry.id } });
    const fields = (await reviewQueue(db(), editor, { status: "pending", limit: 100 })).items.find((r) => r.id === id)!.diff.map((c) => c.field);
    const decisions = fields.map((field, i) => ({ field, accept: false, reason: `reason ${i}` }));
    const result = await approveChange(db(), editor, id, { decisions });
    expect(result.status).toBe("rejected");
    expect((await db().changeRequest.findUniqueOrThrow({ where: { id } })).reason).toBe(fields.map((_, i) => `reason ${i}`).join("; "));
    const after = await db().entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.version).toBe(before.version);
    expect(after.verifiedAt).toEqual(before.verifiedAt);
    expect(await refusal(approveChange(db(), editor, id))).toMatchObject({ code: "decided", message: "This request was already rejected" });
  });
});

describe("two editors deciding at once", () => {
  const settled = async (decisions: Promise<unknown>[]) => {
    const results = await Promise.allSettled(decisions);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    return results.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error).message] : []));
  };

  it("lets exactly one win, and decides only that request", async () => {
    const { practitioner, entry } = await owner(5);
    const first = await proposeContactChange(db(), practitioner, entry.id, contact("https://race.example.kz"));
    const othersPending = () => db().changeRequest.count({ where: { status: "pending", id: { not: first.id } } });
    const pendingBefore = await othersPending();
    expect(await settled([approveChange(db(), editor, first.id, { decisions: [] }), approveChange(db(), editor, first.id, { decisions: [] })])).toEqual(["This request was already decided"]);
    const second = await proposeContactChange(db(), practitioner, entry.id, contact("https://race2.example.kz"));
    expect(await settled([rejectChange(db(), editor, second.id, "a"), rejectChange(db(), editor, second.id, "b")])).toEqual(["This request was already decided"]);
    const newcomer = await account("practitioner");
    const listing = await proposeListing(db(), newcomer, EntryInputSchema.parse({ kind: "notary", name: { ru: "Нотариус Гонкина" }, regionIso: "KZ-75", phones: [] }));
    expect(await settled([approveChange(db(), editor, listing.id), approveChange(db(), editor, listing.id)])).toEqual(["This request was already decided"]);
    expect(await db().entry.count({ where: { ownerId: newcomer.id } })).toBe(1);
    expect(await othersPending()).toBe(pendingBefore);
  });
});

describe("a new listing", () => {
  it("is created on approval, owned by its proposer, with the request pointing at it", async () => {
    const practitioner = await account("practitioner");
    const input = EntryInputSchema.parse({ kind: "mediator", name: { ru: "Медиатор Правилова" }, regionIso: "KZ-75", locality: "Алматы", phones: [], location: { lat: 43.25, lng: 76.9, precision: "building" } });
    const { id } = await proposeListing(db(), practitioner, input);
    const approved = await approveChange(db(), editor, id);
    expect(approved.status).toBe("approved");
    const entry = await db().entry.findUniqueOrThrow({ where: { id: approved.entryId! } });
    expect(entry).toMatchObject({ ownerId: practitioner.id, source: `self-service:${practitioner.email}`, lat: 43.25, precision: "building", nameRu: "Медиатор Правилова" });
    expect((await db().changeRequest.findUniqueOrThrow({ where: { id } })).entryId).toBe(entry.id);
    const revision = await db().revision.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(revision).toMatchObject({ action: "moderation", note: `create by ${practitioner.email}` });
  });
});

describe("a practitioner's overview", () => {
  it("lists only their own requests, newest first, with what was decided", async () => {
    const { practitioner, entry } = await owner(3);
    const { id } = await proposeContactChange(db(), practitioner, entry.id, contact("https://mine.example.kz"));
    await rejectChange(db(), editor, id, "call us");
    await proposeContactChange(db(), practitioner, entry.id, contact("https://mine2.example.kz"));
    const { listings, requests } = await practitionerOverview(db(), practitioner);
    expect(listings.map((l) => l.id)).toEqual([entry.id]);
    expect(requests.map((r) => r.type)).toEqual(["update", "update", "claim"]);
    expect(requests[1]).toStrictEqual({ id, type: "update", entryId: entry.id, status: "rejected", reason: "call us", decisions: undefined, createdAt: expect.any(String) });
    expect(requests[2]).toMatchObject({ type: "claim", status: "approved", entryId: entry.id });
  });
});
