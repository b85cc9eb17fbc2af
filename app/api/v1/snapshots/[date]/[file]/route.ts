import fs from "node:fs";
import { Readable } from "node:stream";
import { publicPreflight } from "@/lib/api/cors";
import { conditional, route } from "@/lib/api/respond";
import { fromZodError } from "@/lib/api/errors";
import { SNAPSHOT_FILES, snapshotDirectory, snapshotFilePath } from "@/lib/directory/snapshots";
import { SnapshotFileParamsSchema } from "@/lib/validation/snapshots";

/** One file of a daily snapshot, streamed from disk. */
export const GET = route(async (req, ctx: { params: Promise<{ date: string; file: string }> }) => {
  const parsed = SnapshotFileParamsSchema.safeParse(await ctx.params);
  if (!parsed.success) throw fromZodError(parsed.error);
  const { date, file } = parsed.data;
  const full = snapshotFilePath(snapshotDirectory(), date, file);
  const stat = fs.statSync(full);
  // `npm run snapshot` may rewrite today's files (a new size or time, so a new ETag); older days never change.
  const cache = { etag: `"${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}"`, cacheControl: "public, max-age=3600" };
  return conditional(req, cache, () => new Response(Readable.toWeb(fs.createReadStream(full)) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": SNAPSHOT_FILES[file],
      "content-length": String(stat.size),
      "content-disposition": `${file.startsWith("directory.") ? "attachment" : "inline"}; filename="courts-gis-kz-${date}-${file}"`,
    },
  }));
}, { limit: "read", access: "public" });

export const OPTIONS = publicPreflight;
