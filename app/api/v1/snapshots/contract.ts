import { err, ok, publicRead } from "@/lib/api/contract";
import { SnapshotListSchema } from "@/lib/validation/snapshots";

export const listSnapshots = publicRead("/api/v1/snapshots", "Daily bulk open data: the snapshots (CSV and GeoJSON of the whole directory) with their checksums, licence, attribution and counts, newest first", undefined, { 200: ok(SnapshotListSchema), 429: err("Too many snapshot requests (all clients together)") });
