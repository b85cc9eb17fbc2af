"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type MiniMap from "./MiniMap";

// Browser only, like the home page's map.
const Mini = dynamic(() => import("./MiniMap"), { ssr: false, loading: () => <div className="mini-map" /> });

export function EntryMap(props: ComponentProps<typeof MiniMap>) {
  return <Mini {...props} />;
}
