import { db } from "@/lib/db/client";
import { publicPreflight } from "@/lib/api/cors";
import { revalidatedJson, route } from "@/lib/api/respond";
import { ensureTodaysSnapshot, snapshotDirectory, snapshotManifests } from "@/lib/directory/snapshots";

/** The daily snapshots, newest first; the first request of a UTC day writes that day's (it waits for it). */
export const GET = route(async (req) => {
  const dir = snapshotDirectory();
  await ensureTodaysSnapshot(db(), dir);
  const url = (date: string, file: string) => `/api/v1/snapshots/${date}/${file}`;
  return revalidatedJson(req, {
    items: snapshotManifests(dir).map((m) => ({
      ...m,
      files: m.files.map((f) => ({ ...f, url: url(m.date, f.name) })),
      sha256sums: url(m.date, "SHA256SUMS"),
      manifest: url(m.date, "manifest.json"),
    })),
  });
}, { limit: "read", access: "public" });

export const OPTIONS = publicPreflight;
