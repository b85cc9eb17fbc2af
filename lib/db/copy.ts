import Database from "better-sqlite3";
import pg from "pg";
import { migratePostgresql } from "./migrate-postgresql";

// db:copy: a whole SQLite database into an empty PostgreSQL one, in one transaction (all or nothing), then
// checked: the same number of rows in every table, and a sample of rows the same column by column.

/** The tables in the order their foreign keys allow. The derived ones (rating_tally, entry_change) are the
 *  target's own triggers' work; import_stage and rate limits are transient and not copied. */
export const COPIED_TABLES = [
  "Region", "District", "Entry", "User", "Session", "Account", "Verification", "Revision", "ChangeRequest",
  "FactSource", "CourtInvite", "ImportBatch", "ImportJob", "Rating", "RatingComment",
] as const;

/** Rows per INSERT: the rows go as one JSON parameter. */
const CHUNK = 5_000;
/** Rows compared column by column per table after the copy. */
const SAMPLE = 200;

export interface CopyReport {
  tables: { table: string; rows: number }[];
  sampled: number;
}

interface Column {
  name: string;
  type: string;
}

/** SQLite's values as PostgreSQL's column types want them: 0/1 booleans, DATETIME text (or epoch ms) as ISO text. */
function toTarget(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return value === 1 || value === true || value === "1" || value === "true";
  if (type.startsWith("timestamp")) {
    if (typeof value === "number") return new Date(value).toISOString();
    // Prisma's "…T…+00:00", or SQLite's own CURRENT_TIMESTAMP "YYYY-MM-DD HH:MM:SS" (UTC, no zone).
    const text = (value as string).replace(" ", "T");
    return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`).toISOString();
  }
  return value;
}

/** The same value as both engines hold it, for the comparison of sampled rows. */
function comparable(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const converted = toTarget(value, type);
  return typeof converted === "bigint" ? Number(converted) : converted;
}

async function targetColumns(client: pg.Client, table: string): Promise<Column[]> {
  const { rows } = await client.query<Column>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows;
}

/** Copies the SQLite database `file` into the PostgreSQL database `url`, which must hold no directory yet. */
export async function copyToPostgresql(file: string, url: string, log: (line: string) => void = () => {}): Promise<CopyReport> {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  await migratePostgresql(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Timestamps are UTC, as Prisma writes and reads them.
  await client.query(`SET TIME ZONE 'UTC'`);
  try {
    for (const table of COPIED_TABLES) {
      const { rows } = await client.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${table}"`);
      if (rows[0]!.n > 0) throw new Error(`db:copy: the target's "${table}" holds ${rows[0]!.n} rows; copy into an empty database`);
    }
    const tables: CopyReport["tables"] = [];
    await client.query("BEGIN");
    try {
      for (const table of COPIED_TABLES) {
        const columns = await targetColumns(client, table);
        const names = columns.map((c) => `"${c.name}"`).join(", ");
        let rows = 0;
        let chunk: Record<string, unknown>[] = [];
        const flush = async () => {
          if (chunk.length === 0) return;
          await client.query(
            `INSERT INTO "${table}" (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) WITH ORDINALITY AS r ORDER BY r.ordinality`,
            [JSON.stringify(chunk)],
          );
          rows += chunk.length;
          chunk = [];
        };
        for (const row of source.prepare(`SELECT ${names} FROM "${table}" ORDER BY rowid`).iterate() as IterableIterator<Record<string, unknown>>) {
          chunk.push(Object.fromEntries(columns.map((c) => [c.name, toTarget(row[c.name], c.type)])));
          if (chunk.length >= CHUNK) await flush();
        }
        await flush();
        // Serial keys go on after the copied ones.
        const serial = columns.find((c) => c.type === "integer" && ["seq", "id"].includes(c.name));
        if (serial) {
          await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', '${serial.name}'), GREATEST((SELECT MAX("${serial.name}") FROM "${table}"), 1), (SELECT COUNT(*) > 0 FROM "${table}"))`);
        }
        tables.push({ table, rows });
        log(`${table}: ${rows} rows`);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return { tables, sampled: await check(source, client, tables) };
  } finally {
    source.close();
    await client.end();
  }
}

/** Every table's count as the source's, and SAMPLE rows of each (spread over the table) equal column by column. */
async function check(source: Database.Database, client: pg.Client, tables: CopyReport["tables"]): Promise<number> {
  let sampled = 0;
  for (const { table, rows } of tables) {
    const expected = (source.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const copied = (await client.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${table}"`)).rows[0]!.n;
    if (copied !== expected || rows !== expected) throw new Error(`db:copy check: "${table}" has ${copied} rows, the source ${expected}`);
    if (expected === 0) continue;
    const columns = await targetColumns(client, table);
    const key = columns.find((c) => ["seq", "id", "iso", "kato"].includes(c.name))!.name;
    const step = Math.max(1, Math.floor(expected / SAMPLE));
    const wanted = source.prepare(`SELECT * FROM (SELECT *, ROW_NUMBER() OVER (ORDER BY "${key}") AS "n" FROM "${table}") WHERE ("n" - 1) % ? = 0 LIMIT ?`).all(step, SAMPLE) as Record<string, unknown>[];
    const keys = wanted.map((r) => r[key]);
    const { rows: found } = await client.query<Record<string, unknown>>(`SELECT * FROM "${table}" WHERE "${key}"::text = ANY($1::text[])`, [keys.map(String)]);
    const byKey = new Map(found.map((r) => [String(r[key]), r]));
    for (const row of wanted) {
      const copy = byKey.get(String(row[key]));
      for (const c of columns) {
        const [a, b] = [comparable(row[c.name], c.type), comparable(copy?.[c.name], c.type)];
        if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`db:copy check: "${table}" ${key}=${String(row[key])} "${c.name}": ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
      }
      sampled++;
    }
  }
  return sampled;
}
