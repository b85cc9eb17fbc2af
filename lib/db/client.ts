import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databasePath } from "./path";

export type Db = PrismaClient;

export function createDb(file = databasePath()): Db {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 }) });
}

// One client per process: Next.js re-evaluates modules in development, so it is kept on globalThis.
const holder = globalThis as unknown as { courtsGisDb?: Db };

export function db(): Db {
  holder.courtsGisDb ??= createDb();
  return holder.courtsGisDb;
}
