import type { TileConfig } from "@/components/directory/types";

/** The base map is the operator's choice at run time (TILE_URL, TILE_ATTRIBUTION); none means no tiles. */
export function tileConfig(): TileConfig {
  return { url: process.env.TILE_URL || undefined, attribution: process.env.TILE_ATTRIBUTION || undefined };
}
