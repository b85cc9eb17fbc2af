import pg from "pg";
import { poolOf } from "../../db/client-postgresql";
import type { Db } from "../../db/client";
import type { Entry } from "../../db/generated/client";

type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

// Prisma stores DateTime as TIMESTAMP(3) in UTC; node-postgres would read it in the process's time zone.
// BIGINT (COUNT(*), the change counter) comes back as text; every one here fits a double.
const TIMESTAMP = 1114;
const INT8 = 20;
const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);

const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary"): ((value: string) => unknown) => {
    if (oid === TIMESTAMP) return utcTimestamp;
    if (oid === INT8) return Number;
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * How the PostgreSQL queries read: straight on the client's pool (through Prisma's driver adapter each query
 * pays for its query plan and result mapping, as on SQLite), with `$n` parameters. A client that createDb did
 * not make (a transaction client, whose uncommitted writes only its own connection sees) runs the same SQL
 * through Prisma's raw query instead. Either way entry rows come back typed exactly as Prisma types them.
 */
export class PostgresqlReader {
  private entryColumns: Promise<string> | null = null;

  constructor(private readonly run: Run) {}

  rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.run<T>(sql, params);
  }

  /** Entry rows matching an SQL condition on `e` (with ORDER BY if wanted): the model's columns only. */
  async entries(condition: string, params: unknown[]): Promise<Entry[]> {
    // The derived columns (location, searchWords) are PostgreSQL's own, not the model's: left out.
    this.entryColumns ??= this.run<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'Entry' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [],
    ).then((columns) => columns.map((c) => `e."${c.name}"`).join(", "));
    return this.run<Entry>(`SELECT ${await this.entryColumns} FROM "Entry" e WHERE ${condition}`, params);
  }
}

export function postgresqlReader(db: Db): PostgresqlReader {
  const pool = poolOf(db);
  if (!pool) return new PostgresqlReader(<T>(sql: string, params: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params));
  return new PostgresqlReader(async <T>(sql: string, params: unknown[]) => (await pool.query({ text: sql, values: params, types: TYPES })).rows as T[]);
}
