"use client";

import { useEffect, useMemo, useState } from "react";
import { GeoJSON, useMap, useMapEvents } from "react-leaflet";
import { fetchDistrictOutlines } from "@/components/directory/api";

/** From this zoom the districts' outlines are drawn (fetched once, when first needed). */
export const DISTRICTS_FROM_ZOOM = 6;

/** The 224 districts' outlines from zoom 6: something to recognise a place by where there are no tiles. */
export function DistrictOutlines({ light }: { light: boolean }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  const [outlines, setOutlines] = useState<GeoJSON.FeatureCollection | null>(null);
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const shown = zoom >= DISTRICTS_FROM_ZOOM;

  useEffect(() => {
    if (!shown || outlines) return;
    const abort = new AbortController();
    fetchDistrictOutlines(abort.signal).then(setOutlines, () => undefined);
    return () => abort.abort();
  }, [shown, outlines]);

  // Kept between renders: a new style object makes react-leaflet restyle all 224 outlines.
  const style = useMemo(() => ({ color: "#7a8594", weight: light ? 0.8 : 1, dashArray: "4 3", fill: false, className: "district-outline" }), [light]);
  if (!shown || !outlines) return null;
  return <GeoJSON data={outlines} interactive={false} style={style} />;
}
