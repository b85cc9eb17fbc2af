import fs from "node:fs";
import { Readable } from "node:stream";
import { route } from "@/lib/api/respond";
import { fromZodError } from "@/lib/api/errors";
import { SNAPSHOT_FILES, snapshotDirectory, snapshotFilePath } from "@/lib/directory/snapshots";
import { SnapshotFileParamsSchema } from "@/lib/validation/snapshots";

/** One file of a daily snapshot, streamed from disk. */
export const GET = route(async (_req, ctx: { params: Promise<{ date: string; file: string }> }) => {
  const parsed = SnapshotFileParamsSchema.safeParse(await ctx.params);
  if (!parsed.success) throw fromZodError(parsed.error);
  const { date, file } = parsed.data;
  const full = snapshotFilePath(snapshotDirectory(), date, file);
  const body = Readable.toWeb(fs.createReadStream(full)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "content-type": SNAPSHOT_FILES[file],
      "content-length": String(fs.statSync(full).size),
      "content-disposition": `${file.startsWith("directory.") ? "attachment" : "inline"}; filename="courts-gis-kz-${date}-${file}"`,
      // `npm run snapshot` may rewrite today's files; older days never change.
      "cache-control": "public, max-age=3600",
    },
  });
}, { limit: "read" });
