import { z } from "zod";
import { isSnapshotDate, SNAPSHOT_FILES, type SnapshotFile } from "../directory/snapshots";

/** A snapshot file's path segments: nothing but a real date and one of the four file names (no traversal). */
export const SnapshotFileParamsSchema = z.object({
  date: z.string().max(10).refine(isSnapshotDate, "must be a date, YYYY-MM-DD").meta({ example: "2026-12-01" }),
  file: z.enum(Object.keys(SNAPSHOT_FILES) as [SnapshotFile, ...SnapshotFile[]]),
});

const SnapshotLinkSchema = z.object({ name: z.string(), bytes: z.int(), sha256: z.string(), mediaType: z.string(), url: z.string() });

export const SnapshotListSchema = z
  .object({
    items: z.array(
      z.object({
        date: z.string(),
        generatedAt: z.string(),
        licence: z.object({ name: z.string(), identifier: z.string(), url: z.string() }),
        licences: z.array(z.object({ name: z.string(), identifier: z.string(), url: z.string() })),
        attribution: z.array(z.object({ source: z.string(), licence: z.string(), text: z.string() })),
        counts: z.object({ entries: z.int(), located: z.int(), byKind: z.record(z.string(), z.int()) }),
        files: z.array(SnapshotLinkSchema),
        sha256sums: z.string().meta({ description: "URL of the SHA256SUMS file (sha256sum -c format)" }),
        manifest: z.string().meta({ description: "URL of this manifest as a file" }),
      }),
    ),
  })
  .meta({ id: "SnapshotList", description: "The daily snapshots, newest first" });
