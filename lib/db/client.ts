import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databasePath } from "./path";

export type Db = PrismaClient;

// Which file each client opened, so lib/db/read.ts can read the same file on its own connection.
const files = new WeakMap<Db, string>();

export function createDb(file = databasePath()): Db {
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 }) });
  files.set(client, file);
  return client;
}

/** The database file of a client made by createDb; undefined for anything else (e.g. a transaction client). */
export function databaseFileOf(db: Db): string | undefined {
  return files.get(db);
}

// One client per process: Next.js re-evaluates modules in development, so it is kept on globalThis.
const holder = globalThis as unknown as { courtsGisDb?: Db };

export function db(): Db {
  holder.courtsGisDb ??= createDb();
  return holder.courtsGisDb;
}
