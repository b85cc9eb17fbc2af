import type { ReactNode } from "react";
import { AdminRegionsProvider } from "@/components/admin/AdminRegions";
import { AdminTilesProvider } from "@/components/admin/AdminTiles";
import { tileConfig } from "@/components/site/tiles";
import { db } from "@/lib/db/client";
import { regionsWithCounts } from "@/lib/directory/regions";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const regions = (await regionsWithCounts(db())).map(({ region }) => ({ iso: region.iso, name: region.name }));
  return (
    <AdminTilesProvider tiles={tileConfig()}>
      <AdminRegionsProvider regions={regions}>{children}</AdminRegionsProvider>
    </AdminTilesProvider>
  );
}
