// Writes today's (UTC) open-data snapshot now, replacing one written earlier today.
// Usage: npm run snapshot            into SNAPSHOT_DIR, default var/snapshots/<YYYY-MM-DD>/
import { createDb } from "../lib/db/client";
import { snapshotDirectory, writeSnapshot } from "../lib/directory/snapshots";

async function main() {
  const db = createDb();
  const t0 = Date.now();
  const manifest = await writeSnapshot(db, snapshotDirectory());
  await db.$disconnect();
  const files = manifest.files.map((f) => `${f.name} ${(f.bytes / 1e6).toFixed(1)} MB sha256 ${f.sha256.slice(0, 12)}…`).join(", ");
  console.log(`snapshot ${manifest.date} in ${snapshotDirectory()}: ${manifest.counts.entries} entries; ${files}; ${Date.now() - t0} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
