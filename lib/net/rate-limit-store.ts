import { RateLimiterMemory, RateLimiterPostgres, type IRateLimiterOptions, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "../db/client";
import { poolOf } from "../db/client-postgresql";
import { databaseLocation, isPostgresqlUrl } from "../db/engine";

/** Makes the counter of one bucket in a store every instance sees. */
export type LimiterStore = (options: Required<Pick<IRateLimiterOptions, "keyPrefix" | "points" | "duration">>) => RateLimiterAbstract;

/**
 * The database's store when the database is PostgreSQL (the "rate_limit" table of its migration), else none:
 * one SQLite file has one server, whose memory is the store. Should PostgreSQL fail, each instance counts in
 * its own memory until it is back (the insurance limiter), rather than refusing or waving through everyone.
 */
export function sharedLimiterStore(): LimiterStore | undefined {
  if (!isPostgresqlUrl(databaseLocation())) return undefined;
  const pool = poolOf(db());
  if (!pool) return undefined;
  return (options) =>
    new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      clearExpiredByTimeout: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
}
