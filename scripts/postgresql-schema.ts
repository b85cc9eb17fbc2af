import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The PostgreSQL schema is the SQLite one with another provider and client folder: the models are the same,
// so lib/directory/write.ts and every Prisma query run unchanged on both. Written by this script, never by
// hand (tests/unit/postgresql-schema.test.ts fails when it is stale): `npx tsx scripts/postgresql-schema.ts`.

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(root, "prisma", "postgresql", "schema.prisma");

export function postgresqlSchema(sqlite: string): string {
  const replaced = sqlite
    .replace(/provider\s*=\s*"sqlite"/, `provider = "postgresql"`)
    .replace(/output(\s*)=\s*"\.\.\/lib\/db\/generated"/, `output$1= "../../lib/db/generated-postgresql"`);
  if (!replaced.includes(`"postgresql"`) || !replaced.includes("generated-postgresql")) throw new Error("prisma/schema.prisma: provider or output not found");
  return `// GENERATED from prisma/schema.prisma by scripts/postgresql-schema.ts: edit that file, then run the script.\n${replaced}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`wrote ${path.relative(root, POSTGRESQL_SCHEMA)}`);
}
