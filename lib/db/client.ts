import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { createPostgresqlDb } from "./client-postgresql";
import { databaseLocation, isPostgresqlUrl } from "./engine";
import { PrismaClient } from "./generated/client";
import { BUSY_TIMEOUT_MS } from "./path";
import { makePrivate } from "./private-file";

/**
 * A client of either engine. Typed as the SQLite client: both are generated from the same models
 * (prisma/postgresql/schema.prisma is made from prisma/schema.prisma), so every model query typed here is one
 * PostgreSQL runs too; TypeScript cannot compare the two generated clients' generics itself (see
 * lib/db/client-postgresql.ts and tests/unit/postgresql-schema.test.ts, which compares their row types).
 */
export type Db = PrismaClient;

// Which file each client opened, so lib/queries/sqlite/reader.ts can read the same file on its own connection.
const files = new WeakMap<Db, string>();
// Where each client's database is (an SQLite file or a PostgreSQL URL).
const locations = new WeakMap<Db, string>();
// The better-sqlite3 connection under each client's driver adapter (see connectionOf).
const connections = new WeakMap<Db, Database.Database>();

/** The driver adapter, remembering the connection it opens (the adapter keeps it as its `client`). */
class Adapter extends PrismaBetterSqlite3 {
  constructor(
    private readonly file: string,
    private readonly opened: (connection: Database.Database) => void,
  ) {
    super({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });
  }

  override async connect() {
    makePrivate(this.file);
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: Database.Database }).client;
    if (connection) {
      beginImmediately(connection);
      this.opened(connection);
    }
    return adapter;
  }
}

/**
 * The adapter opens every interactive transaction with a plain (deferred) BEGIN: it reads first and asks
 * for the write lock at its first write, and when another connection committed in between, SQLite fails it
 * with SQLITE_BUSY at once, whatever the busy timeout (its snapshot is stale). Every transaction here
 * writes, so it takes the write lock up front (BEGIN IMMEDIATE), which waits out the busy timeout instead.
 */
function beginImmediately(connection: Database.Database): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql));
}

/** A client of the database at `location`: a PostgreSQL URL or an SQLite file (lib/db/engine.ts decides). */
export function createDb(location = databaseLocation()): Db {
  if (isPostgresqlUrl(location)) {
    const client = createPostgresqlDb(location);
    locations.set(client, location);
    return client;
  }
  const file = location;
  const client: Db = new PrismaClient({ adapter: new Adapter(file, (connection) => connections.set(client, connection)) });
  files.set(client, file);
  locations.set(client, file);
  return client;
}

/**
 * Where the database of a client made by createDb is, either engine: what another thread or process opens
 * to reach the same database, and the key of what is kept per database (indexes, caches).
 */
export function databaseLocationOf(db: Db): string | undefined {
  return locations.get(db);
}

/** The SQLite file of a client made by createDb; undefined for anything else (a transaction client, PostgreSQL). */
export function databaseFileOf(db: Db): string | undefined {
  return files.get(db);
}

/**
 * The one connection a createDb client runs every query on, once it has connected. Inside that client's
 * interactive transaction the transaction owns it (the adapter serialises transactions on it), so
 * statements run on it there are part of the transaction.
 */
export function connectionOf(db: Db): Database.Database | undefined {
  return connections.get(db);
}

// One client per process: Next.js re-evaluates modules in development, so it is kept on globalThis.
const holder = globalThis as unknown as { courtsGisDb?: Db };

export function db(): Db {
  holder.courtsGisDb ??= createDb();
  return holder.courtsGisDb;
}
