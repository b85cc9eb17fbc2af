"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { TileConfig } from "@/components/directory/types";

const AdminTiles = createContext<TileConfig>({});

/** The operator's base map (TILE_URL) for the admin site's maps, read once on the server by the admin layout. */
export function AdminTilesProvider({ tiles, children }: { tiles: TileConfig; children: ReactNode }) {
  return <AdminTiles.Provider value={tiles}>{children}</AdminTiles.Provider>;
}

export const useAdminTiles = () => useContext(AdminTiles);
