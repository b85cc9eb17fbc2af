import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import { connectionOf, type Db } from "../db/client";
import { engineOfClient } from "../db/engine";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { Conflict, notFound } from "../errors";
import { EMPTY_LIST } from "../db/list-columns";
import { CONTENT_COLUMNS, changeList, diffContent, pickContent, type ContentColumn, type EntryContent, type FieldChange } from "./columns";
import { SEARCH_TEXT_COLUMNS, entrySearchText } from "./entry-search-text";
import * as postgresql from "./write-postgresql";

// THE place an entry is written: every create and every change sets searchText, bumps the version and
// records a revision in the same transaction. Callers pass the transaction client (creating entries needs one
// opened by writeTransaction).
// It keeps its own SQL (the bulk INSERTs below) on purpose: this is the write side's one home for queries,
// as lib/queries is the read side's; its PostgreSQL statements are in write-postgresql.ts, called from here.

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface WriteActor {
  id: string | null;
  name: string; // shown in the history: an e-mail, "import", "loader"
}

export type RevisionAction = "create" | "update" | "close" | "reopen" | "restore" | "import" | "moderation" | "load";

export interface NewEntry {
  id?: string;
  content: Partial<EntryContent> & Pick<EntryContent, "kind" | "phones">;
  source: string;
  sample?: boolean;
  sourceDigest?: string | null;
  importBatchId?: string | null;
}

export const newEntryId = (kind: string) => `${kind}-${randomUUID().slice(0, 12)}`;

function revisionRow(entryId: string, version: number, action: RevisionAction, actor: WriteActor, changes: FieldChange[], note?: string) {
  return { entryId, version, action, actorId: actor.id, actorName: actor.name, changes: changeList.serialize(changes), note: note ?? null };
}

// Bulk creation runs one prepared INSERT per table, row by row with bound values, on the connection the
// transaction holds (Prisma's createMany costs ~1 ms a row here, and multi-row literal INSERTs through
// $executeRawUnsafe spent most of a 100 000-row import building, preparing and collecting SQL text).
// Columns as Prisma stores them: DateTime as ISO text, Boolean as 0/1.
const NEW_ENTRY_COLUMNS = [...CONTENT_COLUMNS, "id", "source", "sourceDigest", "importBatchId", "sample", "searchText"] as const;
type NewEntryColumn = (typeof NEW_ENTRY_COLUMNS)[number];
const ENTRY_INSERT_COLUMNS = [...NEW_ENTRY_COLUMNS, "version", "createdAt", "updatedAt"] as const;
const REVISION_INSERT_COLUMNS = ["entryId", "version", "action", "actorId", "actorName", "changes", "note", "createdAt"] as const;
const LIST_DEFAULTS: Partial<Record<ContentColumn, string>> = {
  phones: EMPTY_LIST, emails: EMPTY_LIST, services: EMPTY_LIST, languages: EMPTY_LIST, specialisations: EMPTY_LIST, accessibilityFeatures: EMPTY_LIST, formerNames: EMPTY_LIST, status: "active",
};

const prismaDateTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`;

interface Inserts {
  entry: Database.Statement;
  revision: Database.Statement;
  lastSeq: Database.Statement;
  begin: Database.Statement;
  index: Database.Statement[];
}

// The insert triggers stand aside while "entry_bulk" holds a row (see its migration); these do their work
// once for every row created since.
const BULK_INDEX_SQL = [
  `INSERT INTO "entry_fts" ("rowid", "searchText") SELECT "seq", "searchText" FROM "Entry" WHERE "seq" > (SELECT "afterSeq" FROM "entry_bulk")`,
  `INSERT INTO "entry_rtree" SELECT "seq", "lat", "lat", "lng", "lng" FROM "Entry" WHERE "seq" > (SELECT "afterSeq" FROM "entry_bulk") AND "lat" IS NOT NULL AND "lng" IS NOT NULL`,
  `UPDATE "entry_change" SET "seq" = "seq" + 1 WHERE "id" = 1`,
  `DELETE FROM "entry_bulk"`,
];

const inserts = new WeakMap<Database.Database, Inserts>();
// The connection under each transaction opened by writeTransaction.
const transactionConnections = new WeakMap<Tx, Database.Database>();

function insertsOn(connection: Database.Database): Inserts {
  let statements = inserts.get(connection);
  // Stryker disable next-line ConditionalExpression: preparing them again gives the same statements; the cache only saves work
  if (!statements) {
    statements = {
      entry: connection.prepare(insertSql("Entry", ENTRY_INSERT_COLUMNS)),
      revision: connection.prepare(insertSql("Revision", REVISION_INSERT_COLUMNS)),
      lastSeq: connection.prepare(`SELECT COALESCE(MAX("seq"), 0) FROM "Entry"`).pluck(),
      begin: connection.prepare(`INSERT INTO "entry_bulk" ("id", "afterSeq") VALUES (1, ?)`),
      index: BULK_INDEX_SQL.map((sql) => connection.prepare(sql)),
    };
    inserts.set(connection, statements);
  }
  return statements;
}

/** An interactive transaction in which createEntries may write (it needs the connection under the transaction). */
export async function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  // PostgreSQL's bulk statements go through the transaction client itself.
  // Stryker disable next-line ConditionalExpression: PostgreSQL only (see createEntriesPostgresql)
  if (engineOfClient(db) === "postgresql") return db.$transaction(work, options);
  return db.$transaction(async (tx) => {
    const connection = connectionOf(db);
    if (!connection) throw new Error("writeTransaction needs a client made by createDb");
    transactionConnections.set(tx, connection);
    return work(tx);
  }, options);
}

/** Creates entries, each with its "create" revision, in a transaction opened by writeTransaction; built for imports of 100 000 rows. */
export async function createEntries(tx: Tx, actor: WriteActor, entries: NewEntry[], action: RevisionAction = "create", note?: string): Promise<string[]> {
  // Stryker disable next-line ConditionalExpression: PostgreSQL only (see createEntriesPostgresql)
  if (engineOfClient(tx) === "postgresql") return createEntriesPostgresql(tx, actor, entries, action, note);
  const connection = transactionConnections.get(tx);
  if (!connection) throw new Error("createEntries runs inside writeTransaction");
  const { entry, revision, lastSeq, begin, index } = insertsOn(connection);
  // A failure part-way throws out of the caller's transaction, which rolls all of this back.
  begin.run(lastSeq.get());
  const now = prismaDateTime(new Date());
  const ids: string[] = [];
  for (const e of entries) {
    const row = newEntryRow(e);
    ids.push(row.id as string);
    entry.run(...NEW_ENTRY_COLUMNS.map((c) => row[c]), 1, now, now);
    const r = revisionRow(row.id as string, 1, action, actor, diffContent(null, e.content), note);
    revision.run(r.entryId, r.version, r.action, r.actorId, r.actorName, r.changes, r.note, now);
  }
  for (const statement of index) statement.run();
  return ids;
}

// Stryker disable all: PostgreSQL only; the mutation run is SQLite's (as lib/queries/postgresql is left out), and the PostgreSQL suites test it
async function createEntriesPostgresql(tx: Tx, actor: WriteActor, entries: NewEntry[], action: RevisionAction, note?: string): Promise<string[]> {
  const now = prismaDateTime(new Date());
  const rows = entries.map((e) => {
    const row = newEntryRow(e);
    return { ...row, sample: row.sample === 1, version: 1, createdAt: now, updatedAt: now };
  });
  await postgresql.insertRows(tx, "Entry", ENTRY_INSERT_COLUMNS, rows);
  const revisions = entries.map((e, i) => ({ ...revisionRow(rows[i]!.id as string, 1, action, actor, diffContent(null, e.content), note), createdAt: now }));
  await postgresql.insertRows(tx, "Revision", REVISION_INSERT_COLUMNS, revisions);
  return rows.map((r) => r.id as string);
}
// Stryker restore all

/** A new entry's columns as stored, but for its version and timestamps (set when it is written). */
export function newEntryRow(e: NewEntry): Record<NewEntryColumn, unknown> {
  const content = { ...LIST_DEFAULTS, ...e.content } as Record<ContentColumn, unknown>;
  const row = Object.fromEntries(CONTENT_COLUMNS.map((c) => [c, content[c] ?? null])) as Record<NewEntryColumn, unknown>;
  return Object.assign(row, {
    id: e.id ?? newEntryId(e.content.kind),
    source: e.source,
    sourceDigest: e.sourceDigest ?? null,
    importBatchId: e.importBatchId ?? null,
    sample: e.sample ? 1 : 0,
    searchText: entrySearchText(e.content),
  });
}

/** What an update would store: the patch, with the search text of the content after it. */
export function updatedEntryColumns(before: EntryContent, patch: Partial<EntryContent>, extra: UpdateOptions["extra"] = {}) {
  return { ...patch, ...extra, searchText: entrySearchText({ ...before, ...patch }) };
}

// ---- A staged import (lib/import/stage.ts): rows checked and staged in short transactions beforehand ----

const STAGED = `"import_stage" WHERE "jobId" = @jobId`;
const jsonColumn = (c: string) => `json_extract("entry", '$."${c}"')`;

export interface StagedImport {
  jobId: string;
  batch: { id: string; source: string; format: string; created: number; updated: number };
  note: string;
  /** The job's end, recorded in the same commit (the job is done exactly when its rows are there). */
  jobDone?: { report: string; rows: number; bytesRead: number };
}

/**
 * Moves a job's staged rows into Entry and Revision in one short transaction holding the write lock,
 * set-based: new entries with their "create" revisions (indexes filled once, as createEntries does), changed
 * entries with a new version and their "import" revision. An entry changed by someone else since it was
 * staged is a 409 and nothing is written. The staged rows go in the same transaction.
 */
export async function applyStagedImport(db: Db, actor: WriteActor, staged: StagedImport): Promise<void> {
  const now = prismaDateTime(new Date());
  // Stryker disable all: PostgreSQL only (see createEntriesPostgresql)
  if (engineOfClient(db) === "postgresql") {
    await db.$transaction((tx) => postgresql.applyStagedImport(tx, { actor, staged, now, entryColumns: NEW_ENTRY_COLUMNS, updateColumns: IMPORT_UPDATE_COLUMNS, revisionColumns: REVISION_INSERT_COLUMNS }), { timeout: 600_000 });
    return;
  }
  // Stryker restore all
  const connection = connectionOf(db);
  if (!connection) throw new Error("applyStagedImport needs a client made by createDb");
  applyStagedImportSqlite(connection, actor, staged, now);
}

/** What an import's update may change: content and provenance (the rest stays as it is). */
const IMPORT_UPDATE_COLUMNS = [...CONTENT_COLUMNS, "source", "sourceDigest", "importBatchId", "searchText"];

/** A stale staged row: an update whose entry is not at its base version any more, or a create whose id exists now. */
export const STALE_STAGED_ROW = `(("action" = 'update' AND NOT EXISTS (SELECT 1 FROM "Entry" e WHERE e."id" = "entryId" AND e."version" = "baseVersion"))
             OR ("action" = 'create' AND EXISTS (SELECT 1 FROM "Entry" e WHERE e."id" = "entryId")))`;

export const staleImport = (stale: number) =>
  new Conflict("conflict", `${stale} entries were changed by someone else while the file was checked; import it again`, "file");

function applyStagedImportSqlite(connection: Database.Database, actor: WriteActor, staged: StagedImport, now: string): void {
  const { jobId, batch, note, jobDone } = staged;
  connection
    .transaction(() => {
      const stale = connection.prepare(`SELECT COUNT(*) FROM ${STAGED} AND ${STALE_STAGED_ROW}`).pluck().get({ jobId }) as number;
      if (stale > 0) throw staleImport(stale);
      connection
        .prepare(`INSERT INTO "ImportBatch" ("id", "source", "format", "actorId", "actorName", "created", "updated", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(batch.id, batch.source, batch.format, actor.id, actor.name, batch.created, batch.updated, now);
      const { begin, lastSeq, index } = insertsOn(connection);
      begin.run(lastSeq.get());
      connection
        .prepare(
          `INSERT INTO "Entry" (${[...NEW_ENTRY_COLUMNS, "version", "createdAt", "updatedAt"].map((c) => `"${c}"`).join(",")})
           SELECT ${NEW_ENTRY_COLUMNS.map(jsonColumn).join(",")}, 1, @now, @now FROM ${STAGED} AND "action" = 'create' ORDER BY "n"`,
        )
        .run({ now, jobId });
      for (const statement of index) statement.run();
      connection
        .prepare(
          `UPDATE "Entry" SET ${IMPORT_UPDATE_COLUMNS.map((c) => `"${c}" = CASE WHEN json_type(s."entry", '$."${c}"') IS NULL THEN "Entry"."${c}" ELSE json_extract(s."entry", '$."${c}"') END`).join(", ")},
             "version" = s."baseVersion" + 1, "updatedAt" = @now
           FROM "import_stage" s WHERE s."jobId" = @jobId AND s."action" = 'update' AND s."entryId" = "Entry"."id"`,
        )
        .run({ now, jobId });
      connection
        .prepare(
          `INSERT INTO "Revision" (${REVISION_INSERT_COLUMNS.map((c) => `"${c}"`).join(",")})
           SELECT "entryId", CASE "action" WHEN 'create' THEN 1 ELSE "baseVersion" + 1 END, 'import', @actorId, @actorName, "changes", @note, @now
           FROM ${STAGED} AND ("action" = 'create' OR "changes" <> '[]') ORDER BY "n"`,
        )
        .run({ actorId: actor.id, actorName: actor.name, note, now, jobId });
      connection.prepare(`DELETE FROM ${STAGED}`).run({ jobId });
      if (jobDone) {
        connection
          .prepare(`UPDATE "ImportJob" SET "status" = 'done', "phase" = 'finished', "report" = ?, "rows" = ?, "bytesRead" = ?, "updatedAt" = ?, "finishedAt" = ? WHERE "id" = ?`)
          .run(jobDone.report, jobDone.rows, jobDone.bytesRead, now, now, jobId);
      }
    })
    .immediate();
}

export interface UpdateOptions {
  action: RevisionAction;
  /** The version the change was made on; a different current version is a 409 with what changed since. */
  baseVersion?: number;
  note?: string;
  extra?: Pick<Prisma.EntryUpdateManyMutationInput, "source" | "sourceDigest" | "importBatchId" | "verifiedAt">;
}

export interface UpdateResult {
  id: string;
  version: number;
  changes: FieldChange[];
}

/** Changes one entry. Nothing changed → no new version and no revision. */
export async function updateEntry(tx: Tx, actor: WriteActor, id: string, patch: Partial<EntryContent>, options: UpdateOptions): Promise<UpdateResult> {
  const row = await tx.entry.findUnique({ where: { id } });
  if (!row) throw notFound("Entry", id);
  if (options.baseVersion !== undefined && options.baseVersion !== row.version) {
    throw await conflict(tx, id, options.baseVersion, row.version);
  }
  const before = pickContent(row);
  const changes = diffContent(before, patch);
  if (changes.length === 0 && !options.extra) return { id, version: row.version, changes };
  const after = { ...before, ...patch };
  const version = row.version + 1;
  // The version in the WHERE makes a concurrent writer that read the same version lose (0 rows → 409).
  const { count } = await tx.entry.updateMany({
    where: { id, version: row.version },
    data: { ...patch, ...options.extra, searchText: entrySearchText(after), version },
  });
  if (count === 0) throw await conflict(tx, id, row.version, row.version + 1);
  if (changes.length > 0) await tx.revision.create({ data: revisionRow(id, version, options.action, actor, changes, options.note) });
  return { id, version, changes };
}

/** 409 listing, field by field, what changed between the version the editor started from and now. */
async function conflict(tx: Tx, id: string, baseVersion: number, currentVersion: number): Promise<Conflict> {
  const revisions = await tx.revision.findMany({ where: { entryId: id, version: { gt: baseVersion } }, orderBy: { version: "asc" } });
  const merged = new Map<string, FieldChange>();
  for (const r of revisions) {
    for (const c of changeList.parse(r.changes)) {
      const seen = merged.get(c.field);
      merged.set(c.field, { field: c.field, before: seen ? seen.before : c.before, after: c.after });
    }
  }
  const changes = [...merged.values()].filter((c) => c.before !== c.after);
  return new Conflict(
    "conflict",
    `Someone else changed this entry (version ${baseVersion} → ${currentVersion}); review their changes and save again`,
    undefined,
    { currentVersion, changes, changedBy: [...new Set(revisions.map((r) => r.actorName))] },
  );
}

// ---- The derived search text, recomputed when the way it is computed changed ----

/**
 * Recomputes every entry's searchText and writes those that differ, in one transaction, without a new
 * version or revision: the search text is derived from the content (names, place, licence, phones) and
 * holds nothing anyone wrote, so a change in how it is derived (place aliases, transliteration) is not an
 * edit of the entry. Run by the loader on every start; a second run finds nothing to write.
 */
export async function refreshSearchText(db: Db): Promise<{ updated: number }> {
  // Stryker disable next-line ConditionalExpression,ObjectLiteral: PostgreSQL only (see createEntriesPostgresql)
  if (engineOfClient(db) === "postgresql") return writeTransaction(db, refreshSearchTextPostgresql, { timeout: 600_000 });
  return writeTransaction(
    db,
    async () => {
      const connection = connectionOf(db)!;
      const rows = connection
        .prepare(`SELECT "seq", ${SEARCH_TEXT_COLUMNS.map((c) => `"${c}"`).join(", ")}, "searchText" FROM "Entry"`)
        .all() as (Parameters<typeof entrySearchText>[0] & { seq: number; searchText: string })[];
      const update = connection.prepare(`UPDATE "Entry" SET "searchText" = ? WHERE "seq" = ?`);
      let updated = 0;
      for (const row of rows) {
        const text = entrySearchText(row);
        if (text === row.searchText) continue;
        update.run(text, row.seq);
        updated++;
      }
      // Rewriting most rows leaves the full-text index as many small segments full of deleted entries,
      // which made every query several times slower until merged: merge it into one (a few seconds, once).
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: merging or not gives the same matches; it is only speed
      if (updated > rows.length / 10) connection.prepare(`INSERT INTO "entry_fts" ("entry_fts") VALUES ('optimize')`).run();
      return { updated };
    },
    { timeout: 600_000 },
  );
}

// Stryker disable all: PostgreSQL only (see createEntriesPostgresql)
async function refreshSearchTextPostgresql(tx: Tx): Promise<{ updated: number }> {
  const rows = await postgresql.entryColumns<Parameters<typeof entrySearchText>[0] & { seq: number; searchText: string }>(tx, ["seq", ...SEARCH_TEXT_COLUMNS, "searchText"]);
  const changed = rows.flatMap((row) => {
    const value = entrySearchText(row);
    return value === row.searchText ? [] : [{ seq: row.seq, value }];
  });
  await postgresql.updateEntryColumn(tx, "searchText", changed);
  return { updated: changed.length };
}
// Stryker restore all
