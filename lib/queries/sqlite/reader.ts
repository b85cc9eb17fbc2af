import Database from "better-sqlite3";
import { databaseFileOf, type Db } from "../../db/client";
import type { Entry } from "../../db/generated/client";
import { BUSY_TIMEOUT_MS } from "../../db/path";

import { setImmediate as nextTurn } from "node:timers/promises";

type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/** Rows stepped per turn of the event loop by a long read (a few ms of work, so cheap requests get in between). */
const ROWS_PER_TURN = 500;

/**
 * How the SQLite queries read: prepared better-sqlite3 statements on a read-only connection of its own to
 * the same file. Through Prisma's driver adapter each query costs ~0.3 ms whatever it does, which was most
 * of a nearest request (bench/nearest.ts, bench/http.ts). A client that createDb did not make (a
 * transaction client, whose uncommitted writes another connection cannot see) runs the same SQL through
 * Prisma's raw query instead. Either way entry rows come back typed exactly as Prisma types them.
 */
export class SqliteReader {
  private entryColumns: Promise<{ dates: string[]; booleans: string[] }> | null = null;

  constructor(
    private readonly run: Run,
    private readonly runLong: Run = run,
  ) {}

  /**
   * A read-only query whose rows are many (the markers of 100 000 entries took seconds in one .all()):
   * stepped a slice at a time on a connection of its own, so other queries and requests go on meanwhile.
   */
  longRows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.runLong<T>(sql, params);
  }

  /** A read-only query (positional `?` parameters). */
  rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.run<T>(sql, params);
  }

  /** Entry rows matching an SQL condition (with ORDER BY if wanted): DATETIME columns as Date, BOOLEAN as boolean. */
  async entries(condition: string, params: unknown[]): Promise<Entry[]> {
    // The types are read from the schema, not listed here, so a new column needs no change.
    this.entryColumns ??= this.columnTypes("Entry");
    const { dates, booleans } = await this.entryColumns;
    const rows = await this.run<Record<string, unknown>>(`SELECT * FROM "Entry" WHERE ${condition}`, params);
    for (const row of rows) {
      for (const c of dates) if (row[c] !== null && !(row[c] instanceof Date)) row[c] = new Date(row[c] as string | number);
      for (const c of booleans) row[c] = row[c] === true || Number(row[c]) === 1;
    }
    return rows as unknown as Entry[];
  }

  private async columnTypes(table: string) {
    const columns = await this.run<{ name: string; type: string }>(`SELECT "name", "type" FROM pragma_table_info(?)`, [table]);
    const named = (type: string) => columns.filter((c) => c.type.toUpperCase() === type).map((c) => c.name);
    return { dates: named("DATETIME"), booleans: named("BOOLEAN") };
  }
}

/** Opened on its first query, as the file may not exist before the client's first write. */
function readOnlyConnection(file: string): Run {
  let sqlite: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  return async <T>(sql: string, params: unknown[]) => {
    if (!sqlite) {
      sqlite = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
      sqlite.pragma("query_only = ON");
      // Rows of a large directory are spread over the file: map it rather than copy pages through the
      // default 2 MB page cache with one read() each (bench/nearest.ts: rows for 10 hits at 100 000 entries).
      sqlite.pragma("mmap_size = 1073741824");
    }
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement.all(...params) as T[];
  };
}

/**
 * A read-only connection for long reads, stepping rows in slices and yielding between them. An open
 * iterator keeps better-sqlite3's connection busy, so its long reads run one at a time.
 */
function longReadConnection(file: string): Run {
  let sqlite: Database.Database | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const read = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    if (!sqlite) {
      sqlite = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
      sqlite.pragma("query_only = ON");
      sqlite.pragma("mmap_size = 1073741824");
    }
    const rows: T[] = [];
    for (const row of sqlite.prepare(sql).iterate(...params) as IterableIterator<T>) {
      if (rows.push(row) % ROWS_PER_TURN === 0) await nextTurn();
    }
    return rows;
  };
  return <T>(sql: string, params: unknown[]) => {
    const run = queue.then(() => read<T>(sql, params));
    queue = run.catch(() => {});
    return run;
  };
}

// One read-only connection per file (and one for long reads), shared by every client of that file.
const connections = new Map<string, { run: Run; long: Run }>();

export function sqliteReader(db: Db): SqliteReader {
  const file = databaseFileOf(db);
  if (file === undefined) return new SqliteReader(<T>(sql: string, params: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params));
  let connection = connections.get(file);
  if (!connection) {
    connection = { run: readOnlyConnection(file), long: longReadConnection(file) };
    connections.set(file, connection);
  }
  return new SqliteReader(connection.run, connection.long);
}
