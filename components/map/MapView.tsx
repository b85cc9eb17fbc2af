"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { MapProps } from "./types";

function MapLoading() {
  const t = useTranslations("home");
  return <div className="map map--loading">{t("mapLoading")}</div>;
}

// Leaflet touches `window` on import: the map is rendered in the browser only.
const LeafletMap = dynamic(() => import("./LeafletMap"), { ssr: false, loading: MapLoading });

export function MapView(props: MapProps) {
  return <LeafletMap {...props} />;
}
