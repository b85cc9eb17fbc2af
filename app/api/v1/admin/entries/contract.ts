import { z } from "zod";
import { jsonBody, ok, privateRead, write } from "@/lib/api/contract";
import { AdminEntriesQuerySchema, AdminEntryPageSchema } from "@/lib/validation/admin";
import { EntryInputSchema } from "@/lib/validation/entry-input";

export const listAdminEntries = privateRead("/api/v1/admin/entries", "Entries for the admin table, closed ones included (staff)", { query: AdminEntriesQuerySchema }, { 200: ok(AdminEntryPageSchema) });
export const createEntry = write("post", "/api/v1/admin/entries", "Create an entry (admin; editor within their regions)", { body: jsonBody(EntryInputSchema) }, { 201: ok(z.object({ id: z.string(), version: z.int() })) });
