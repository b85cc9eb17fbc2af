import path from "node:path";

/** The SQLite file: DATABASE_PATH, else var/courts-gis.sqlite under the project. */
export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join(process.cwd(), "var", "courts-gis.sqlite"));
}
