import { BAD_INPUT, NOT_FOUND, err, publicRead } from "@/lib/api/contract";
import { SnapshotFileParamsSchema } from "@/lib/validation/snapshots";

export const getSnapshotFile = publicRead(
  "/api/v1/snapshots/{date}/{file}",
  "One file of a daily snapshot: directory.csv, directory.geojson, SHA256SUMS or manifest.json",
  { params: SnapshotFileParamsSchema },
  {
    200: {
      description: "The file",
      content: {
        "text/csv": { schema: { type: "string" } },
        "application/geo+json": { schema: { type: "object" } },
        "text/plain": { schema: { type: "string", description: "sha256sum -c format" } },
        "application/json": { schema: { type: "object" } },
      },
    },
    400: BAD_INPUT,
    404: NOT_FOUND,
    429: err("Too many snapshot requests (all clients together)"),
  },
);
