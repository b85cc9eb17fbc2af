import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "./client";
import { PrismaClient } from "./generated-postgresql/client";

// The PostgreSQL connections of each client made here: Prisma's adapter and lib/queries/postgresql's reads
// share one pool, so an instance holds at most POOL_SIZE connections.
const pools = new WeakMap<Db, pg.Pool>();

/** Per instance: with several instances on one server, their sum must stay under max_connections (100 by default). */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

export function createPostgresqlDb(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // The generated PostgreSQL client has the same models and queries as the SQLite one the Db type is made
  // from; only the types of a few engine options differ ($transaction's isolation levels).
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as Db;
  pools.set(client, pool);
  return client;
}

/** The pool of a PostgreSQL client made by createDb; undefined for an SQLite client or a transaction client. */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}
