"use client";

import type { PathOptions } from "leaflet";
import { useEffect, useState } from "react";
import { GeoJSON } from "react-leaflet";
import { fetchRegionOutlines } from "@/components/directory/api";

/**
 * The 20 regions' outlines. They take no clicks of their own: a click anywhere is a point (nearest
 * offices, the place's region and courts), and the result panel offers "show only this region".
 */
export function RegionOutlines({ region }: { region?: string }) {
  const [outlines, setOutlines] = useState<GeoJSON.FeatureCollection | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchRegionOutlines(abort.signal).then(setOutlines, () => undefined);
    return () => abort.abort();
  }, []);
  if (!outlines) return null;
  const style = (feature?: GeoJSON.Feature): PathOptions =>
    feature?.id === region
      ? { color: "#0b4f8a", weight: 3, fillColor: "#0b4f8a", fillOpacity: 0.08 }
      : { color: "#5b6573", weight: 1, fillColor: "#ffffff", fillOpacity: region ? 0.35 : 0 };
  return <GeoJSON key={region ?? "all"} data={outlines} style={style} interactive={false} />;
}
