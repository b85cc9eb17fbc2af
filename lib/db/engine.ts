import { databasePath } from "./path";

// THE place the database engine is chosen: DATABASE_URL=postgresql://… (or postgres://…) is PostgreSQL + PostGIS;
// anything else is the embedded SQLite file (DATABASE_PATH, else var/courts-gis.sqlite).

export type Engine = "sqlite" | "postgresql";

export const isPostgresqlUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

export const engineOf = (location: string): Engine => (isPostgresqlUrl(location) ? "postgresql" : "sqlite");

/** Where the database is: the PostgreSQL URL when DATABASE_URL is one, else the SQLite file. */
export function databaseLocation(): string {
  const url = process.env.DATABASE_URL;
  return url && isPostgresqlUrl(url) ? url : databasePath();
}

/**
 * The engine of a client or of a transaction client: Prisma keeps its provider on both (a transaction
 * client is not among the clients createDb made, so it cannot be looked up).
 */
export function engineOfClient(client: object): Engine {
  const provider = (client as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql") return "postgresql";
  if (provider === "sqlite") return "sqlite";
  throw new Error(`unknown Prisma provider ${String(provider)}`);
}
