import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, parseQuery, route } from "@/lib/api/respond";
import { canEditEntries } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { createEntryAs } from "@/lib/directory/edit";
import { listEntries } from "@/lib/directory/entries";
import { toAdminEntry } from "@/lib/directory/serialize";
import { AdminEntriesQuerySchema } from "@/lib/validation/admin";
import { EntryInputSchema } from "@/lib/validation/entry-input";

export const GET = route(async (req) => {
  await authorize(req, canEditEntries);
  const q = parseQuery(AdminEntriesQuerySchema, req.url);
  const page = await listEntries(db(), { kinds: q.kind, courtKinds: q.courtKind, region: q.region, q: q.q, status: q.status }, q.limit, q.cursor);
  return json({ ...page, items: page.items.map(toAdminEntry) });
}, { query: "parsed" });

export const POST = route(async (req) => {
  const actor = await authorize(req, canEditEntries);
  const input = await parseBody(EntryInputSchema, req);
  const id = await createEntryAs(db(), actor, input);
  return json({ id, version: 1 }, { status: 201 });
});
