import Database from "better-sqlite3";
import { databaseFileOf, type Db } from "./client";
import { BUSY_TIMEOUT_MS } from "./path";
import type { Entry } from "./generated/client";

/**
 * The read path of the hot queries (nearest, search): prepared better-sqlite3 statements on a read-only
 * connection of its own to the same file. Through Prisma's driver adapter each query costs ~0.3 ms
 * whatever it does, which was most of a nearest request (bench/nearest.ts, bench/http.ts). Rows come
 * back exactly as Prisma returns them. A client that createDb did not make (a transaction client, whose
 * uncommitted writes another connection cannot see) goes through Prisma as before.
 */
class Reader {
  private readonly sqlite: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private entryColumns: { dates: string[]; booleans: string[] } | null = null;

  constructor(file: string) {
    this.sqlite = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    this.sqlite.pragma("query_only = ON");
    // Rows of a large directory are spread over the file: map it rather than copy pages through the
    // default 2 MB page cache with one read() each (bench/nearest.ts: rows for 10 hits at 100 000 entries).
    this.sqlite.pragma("mmap_size = 1073741824");
  }

  all<T>(sql: string, params: unknown[]): T[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(...params) as T[];
  }

  /** Entry rows with Prisma's types: DATETIME columns as Date, BOOLEAN as boolean (read from the schema, not listed here). */
  entries(condition: string, params: unknown[]): Entry[] {
    this.entryColumns ??= this.columnTypes("Entry");
    const { dates, booleans } = this.entryColumns;
    const rows = this.all<Record<string, unknown>>(`SELECT * FROM "Entry" WHERE ${condition}`, params);
    for (const row of rows) {
      for (const c of dates) if (row[c] !== null) row[c] = new Date(row[c] as string | number);
      for (const c of booleans) row[c] = row[c] === 1 || row[c] === true;
    }
    return rows as unknown as Entry[];
  }

  private columnTypes(table: string) {
    const columns = this.sqlite.pragma(`table_info("${table}")`) as { name: string; type: string }[];
    return {
      dates: columns.filter((c) => c.type.toUpperCase() === "DATETIME").map((c) => c.name),
      booleans: columns.filter((c) => c.type.toUpperCase() === "BOOLEAN").map((c) => c.name),
    };
  }
}

const readers = new Map<string, Reader>();

function readerFor(db: Db): Reader | null {
  const file = databaseFileOf(db);
  if (file === undefined) return null;
  let reader = readers.get(file);
  if (!reader) {
    reader = new Reader(file);
    readers.set(file, reader);
  }
  return reader;
}

/** A read-only raw query (positional `?` parameters). */
export async function readRows<T>(db: Db, sql: string, params: unknown[]): Promise<T[]> {
  const reader = readerFor(db);
  return reader ? reader.all<T>(sql, params) : db.$queryRawUnsafe<T[]>(sql, ...params);
}

/** Entries by seq, in no particular order. */
export async function readEntries(db: Db, seqs: number[]): Promise<Entry[]> {
  const reader = readerFor(db);
  return reader ? reader.entries(`"seq" IN (SELECT "value" FROM json_each(?))`, [JSON.stringify(seqs)]) : db.entry.findMany({ where: { seq: { in: seqs } } });
}

/** Entries matching an SQL condition (with ORDER BY if wanted); `viaPrisma` is the same query for clients without a reader. */
export async function readEntriesWhere(db: Db, condition: string, params: unknown[], viaPrisma: () => Promise<Entry[]>): Promise<Entry[]> {
  const reader = readerFor(db);
  return reader ? reader.entries(condition, params) : viaPrisma();
}
