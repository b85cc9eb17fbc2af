import { execFileSync } from "node:child_process";

// Test databases on PostgreSQL (TEST_DATABASE_URL=postgresql://…/<name>: the suites run against that server;
// scripts/test-postgresql.sh starts a throwaway one). The loaded database is kept as "<name>_template", which
// no test opens, so each scratch database is a fast file-level copy of it (CREATE DATABASE … TEMPLATE).

export const testDatabaseUrl = () => process.env.TEST_DATABASE_URL;

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

const SCRIPT = `
const pg = require("pg");
const [server, name, template] = process.argv.slice(1);
(async () => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query('SET client_min_messages = warning');
  await client.query('DROP DATABASE IF EXISTS "' + name + '" WITH (FORCE)');
  await client.query('CREATE DATABASE "' + name + '"' + (template ? ' TEMPLATE "' + template + '"' : ''));
  await client.end();
})().catch((e) => { console.error(e.message); process.exit(1); });`;

/**
 * (Re)creates database `name` on the server of `base`, empty or as a copy of `template`. Synchronous, in a
 * child process, because the test files point themselves at their database at module top level.
 */
export function recreateDatabase(base: string, name: string, template?: string): string {
  execFileSync(process.execPath, ["-e", SCRIPT, databaseUrl(base, "postgres"), name, template ?? ""], { stdio: ["ignore", "inherit", "inherit"] });
  return databaseUrl(base, name);
}
