import type { ReactNode } from "react";
import { AdminTilesProvider } from "@/components/admin/AdminTiles";
import { tileConfig } from "@/components/site/tiles";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <AdminTilesProvider tiles={tileConfig()}>{children}</AdminTilesProvider>;
}
