import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as getAdminEntry, PUT as putEntry } from "@/app/api/v1/admin/entries/[id]/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { changedFields, formFromEntry, pickFields, validate, type FormValue } from "@/components/admin/form-value";
import { db } from "@/lib/db/client";
import { CONTENT_COLUMNS } from "@/lib/directory/columns";
import { EntryInputSchema } from "@/lib/validation/entry-input";
import { call } from "./call";
import { send, signedIn, type TestActor } from "./actors";

// The admin form shows only some of an entry's columns (districtKato, for one, is not among them). Saving it
// must write what the person changed and nothing else: once, saving the Taraz city court with a new phone
// wiped its district, and locate stopped naming it as the court that serves Taraz.

useScratchDatabase("edit-fields");

const TARAZ_CITY_COURT = "sudkz-r9-2028f9c0";
const ONE_OF_EACH_KIND = [TARAZ_CITY_COURT, "sample-advocate-00001", "sample-notary-00001", "sample-mediator-00001"];

let admin: TestActor;
beforeAll(async () => {
  admin = await signedIn("admin");
});

const row = (id: string) => db().entry.findUniqueOrThrow({ where: { id } });
const revisionCount = (id: string) => db().revision.count({ where: { entryId: id } });

async function loadForm(id: string): Promise<{ form: FormValue; version: number }> {
  const res = await send(getAdminEntry, "GET", `/api/v1/admin/entries/${id}`, { as: admin, params: { id } });
  expect(res.status).toBe(200);
  return { form: formFromEntry(res.body), version: res.body.version };
}

/** What the admin editor sends on "Save": the form validated by the API's schema, only the changed fields. */
async function saveForm(id: string, version: number, initial: FormValue, edited: FormValue) {
  const checked = validate(EntryInputSchema, edited);
  if (!("data" in checked)) throw new Error(`the form does not validate: ${JSON.stringify(checked.errors)}`);
  const entry = pickFields(checked.data, changedFields(initial, edited));
  return send(putEntry, "PUT", `/api/v1/admin/entries/${id}`, { as: admin, params: { id }, body: { version, entry } });
}

// One change per field the form shows, and the one column each must change.
const EDITS: { field: string; column: string; edit: (f: FormValue) => FormValue }[] = [
  { field: "name", column: "nameKk", edit: (f) => ({ ...f, name: { ...f.name, kk: `${f.name.kk} өзгерді`.trim() } }) },
  { field: "regionIso", column: "regionIso", edit: (f) => ({ ...f, regionIso: f.regionIso === "KZ-75" ? "KZ-71" : "KZ-75" }) },
  { field: "locality", column: "locality", edit: (f) => ({ ...f, locality: `${f.locality} 2`.trim() }) },
  { field: "address", column: "address", edit: (f) => ({ ...f, address: "ул. Толе би, 1" }) },
  { field: "phones", column: "phones", edit: (f) => ({ ...f, phones: [...f.phones, { number: "8 701 463 13 53", purpose: "" }] }) },
  { field: "emails", column: "emails", edit: (f) => ({ ...f, emails: [...f.emails, { address: "office@example.org", purpose: "" }] }) },
  { field: "website", column: "website", edit: (f) => ({ ...f, website: "https://example.org/court" }) },
  { field: "openingHours", column: "openingHours", edit: (f) => ({ ...f, openingHours: "Mo-Fr 09:00-18:30" }) },
  { field: "services", column: "services", edit: (f) => ({ ...f, services: f.services.includes("reception") ? f.services.filter((s) => s !== "reception") : [...f.services, "reception"] }) },
  { field: "accessibility", column: "accessibility", edit: (f) => ({ ...f, accessibility: "step-free entrance" }) },
  { field: "licenceNumber", column: "licenceNumber", edit: (f) => ({ ...f, licenceNumber: `${f.licenceNumber}9` }) },
  { field: "licenceIssuedOn", column: "licenceIssuedOn", edit: (f) => ({ ...f, licenceIssuedOn: "2020-02-29" }) },
  { field: "memberSince", column: "memberSince", edit: (f) => ({ ...f, memberSince: "2021-03-01" }) },
  { field: "languages", column: "languages", edit: (f) => ({ ...f, languages: f.languages.includes("en") ? f.languages.filter((l) => l !== "en") : [...f.languages, "en"] }) },
  { field: "location", column: "lat", edit: (f) => ({ ...f, location: { ...f.location!, lat: String(Number(f.location!.lat) + 0.01) } }) },
  { field: "locationNote", column: "locationNote", edit: (f) => ({ ...f, locationNote: "entrance from the yard" }) },
  // The structured facts (issue 8, item 7) and the former names (item 8).
  { field: "visitingAddress", column: "visitingAddress", edit: (f) => ({ ...f, visitingAddress: { ...f.visitingAddress, street: "ул. Толе би", building: "1" } }) },
  { field: "postalAddress", column: "postalAddress", edit: (f) => ({ ...f, postalAddress: { ...f.postalAddress, postalCode: "080000" } }) },
  { field: "phones", column: "phones", edit: (f) => ({ ...f, phones: [...f.phones, { number: "8 726 243 00 01", purpose: "chancellery" }] }) },
  { field: "accessibilityFeatures", column: "accessibilityFeatures", edit: (f) => ({ ...f, accessibilityFeatures: [...f.accessibilityFeatures, "step_free_entrance"] }) },
  { field: "formerNames", column: "formerNames", edit: (f) => ({ ...f, formerNames: [...f.formerNames, { name: "Прежнее название", lang: "ru", until: "2023-05-15" }] }) },
];

describe("the Taraz city court after an edit through the form", () => {
  it("keeps its district, and locate still names it as the court that serves Taraz", async () => {
    const before = await row(TARAZ_CITY_COURT);
    expect(before.districtKato).toBe("311000000");
    const { form, version } = await loadForm(TARAZ_CITY_COURT);
    const res = await saveForm(TARAZ_CITY_COURT, version, form, { ...form, phones: [...form.phones, { number: "+7 726 243 00 00", purpose: "" }] });
    expect(res.status).toBe(200);
    expect(res.body.changes.map((c: { field: string }) => c.field)).toEqual(["phones"]);
    expect((await row(TARAZ_CITY_COURT)).districtKato).toBe("311000000");
    const served = await call(locate, `/api/v1/locate?lat=${before.lat}&lng=${before.lng}`);
    expect(served.status).toBe(200);
    expect(served.body.courts.map((c: { entry: { id: string } }) => c.entry.id)).toContain(TARAZ_CITY_COURT);
  });
});

describe.each(ONE_OF_EACH_KIND)("the admin form of %s", (id) => {
  it("saved unchanged writes nothing: no new version, no revision, every column as it was", async () => {
    const before = await row(id);
    const revisions = await revisionCount(id);
    const { form, version } = await loadForm(id);
    const res = await saveForm(id, version, form, form);
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([]);
    expect(res.body.version).toBe(before.version);
    expect(await revisionCount(id)).toBe(revisions);
    expect(await row(id)).toEqual(before);
  });

  it("sent whole, as an older client does, still keeps the columns the form does not show", async () => {
    const before = await row(id);
    const { form, version } = await loadForm(id);
    const checked = validate(EntryInputSchema, form);
    if (!("data" in checked)) throw new Error("the form does not validate");
    const res = await send(putEntry, "PUT", `/api/v1/admin/entries/${id}`, { as: admin, params: { id }, body: { version, entry: checked.data } });
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([]);
    expect((await row(id)).districtKato).toBe(before.districtKato);
  });

  it.each(EDITS)("changing $field changes exactly that field", async ({ field, column, edit }) => {
    const before = await row(id);
    const { form, version } = await loadForm(id);
    const edited = edit(form);
    expect(changedFields(form, edited)).toEqual([field]);
    const res = await saveForm(id, version, form, edited);
    expect(res.status).toBe(200);
    expect(res.body.changes.map((c: { field: string }) => c.field)).toEqual([column]);
    expect(res.body.version).toBe(before.version + 1);
    const after = await row(id);
    for (const c of CONTENT_COLUMNS) if (c !== column) expect.soft(after[c], c).toEqual(before[c]);
  });

  it("emptying a field clears that field only", async () => {
    const { form, version } = await loadForm(id);
    const withAddress = { ...form, address: "ул. Абая, 10" };
    const first = await saveForm(id, version, form, withAddress);
    expect(first.status).toBe(200);
    const before = await row(id);
    const res = await saveForm(id, first.body.version, withAddress, { ...withAddress, address: "" });
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([{ field: "address", before: "ул. Абая, 10", after: null }]);
    const after = await row(id);
    expect(after.address).toBeNull();
    expect(after.districtKato).toBe(before.districtKato);
  });
});

describe("an edit that breaks a rule tying fields together", () => {
  it("is a 400 naming the field, checked on the entry as it would be after the change", async () => {
    const { version } = await loadForm(TARAZ_CITY_COURT);
    const res = await send(putEntry, "PUT", `/api/v1/admin/entries/${TARAZ_CITY_COURT}`, {
      as: admin,
      params: { id: TARAZ_CITY_COURT },
      body: { version, entry: { kind: "notary" } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("entry.courtKind");
    const cleared = await send(putEntry, "PUT", `/api/v1/admin/entries/${TARAZ_CITY_COURT}`, {
      as: admin,
      params: { id: TARAZ_CITY_COURT },
      body: { version, entry: { name: {} } },
    });
    expect(cleared.status).toBe(400);
    expect(cleared.body.error.field).toBe("entry.name.ru");
  });

  it("cannot clear the kind or the name with null", async () => {
    const { version } = await loadForm(TARAZ_CITY_COURT);
    for (const entry of [{ kind: null }, { name: null }]) {
      const res = await send(putEntry, "PUT", `/api/v1/admin/entries/${TARAZ_CITY_COURT}`, { as: admin, params: { id: TARAZ_CITY_COURT }, body: { version, entry } });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe(`entry.${Object.keys(entry)[0]}`);
    }
  });
});
