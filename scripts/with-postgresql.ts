// Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL + PostGIS cluster on 127.0.0.1
// (bench/lib/postgis.ts: Debian's packages, installed when missing; removed when the command ends).
// Usage: tsx scripts/with-postgresql.ts <command> [args…]
import { spawn } from "node:child_process";
import { startPostgis } from "../bench/lib/postgis";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error("usage: tsx scripts/with-postgresql.ts <command> [args…]");
  const cluster = await startPostgis();
  const url = `postgresql://postgres@127.0.0.1:${cluster.port}/courts_gis_test`;
  console.error(`PostgreSQL + PostGIS on 127.0.0.1:${cluster.port}: TEST_DATABASE_URL=${url}`);
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: url } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on("close", (status) => resolve(status ?? 1)));
  cluster.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
