import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databasePath } from "./path";

export type Db = PrismaClient;

// Which file each client opened, so lib/queries/sqlite/reader.ts can read the same file on its own connection.
const files = new WeakMap<Db, string>();
// The better-sqlite3 connection under each client's driver adapter (see connectionOf).
const connections = new WeakMap<Db, Database.Database>();

/** The driver adapter, remembering the connection it opens (the adapter keeps it as its `client`). */
class Adapter extends PrismaBetterSqlite3 {
  constructor(file: string, private readonly opened: (connection: Database.Database) => void) {
    super({ url: `file:${file}`, timeout: 10_000 });
  }

  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: Database.Database }).client;
    if (connection) this.opened(connection);
    return adapter;
  }
}

export function createDb(file = databasePath()): Db {
  const client: Db = new PrismaClient({ adapter: new Adapter(file, (connection) => connections.set(client, connection)) });
  files.set(client, file);
  return client;
}

/** The database file of a client made by createDb; undefined for anything else (e.g. a transaction client). */
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
