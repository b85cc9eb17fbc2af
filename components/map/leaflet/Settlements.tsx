"use client";

import L from "leaflet";
import { useEffect, useState } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import type { MapSettlement } from "../types";

/** The population a settlement needs to be named at a zoom (all of them from zoom 9). */
function namedFrom(zoom: number): number {
  if (zoom >= 9) return 0;
  if (zoom >= 7) return 50_000;
  if (zoom >= 6) return 200_000;
  return Infinity;
}

/** A dot of 2–7 px radius: larger for larger places (log scale: a village is still visible). */
const radius = (population: number | null) => 2 + Math.min(5, Math.max(0, Math.log10(Math.max(population ?? 1000, 1000) / 1000) * 1.6));

/**
 * The gazetteer's settlements as dots sized by population, with their names (larger places first as you zoom
 * in), under the markers; drawn on Leaflet's canvas in one layer.
 */
export function Settlements({ settlements }: { settlements: MapSettlement[] }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => Math.floor(map.getZoom()));
  useMapEvents({ zoomend: () => setZoom(Math.floor(map.getZoom())) });

  useEffect(() => {
    if (!map.getPane("settlements")) map.createPane("settlements").style.zIndex = "450";
    const minimum = namedFrom(zoom);
    const layer = L.layerGroup();
    const renderer = L.canvas({ pane: "settlements" });
    for (const s of settlements) {
      if (zoom < 5 && (s.population ?? 0) < 100_000) continue;
      const dot = L.circleMarker([s.lat, s.lng], {
        renderer,
        pane: "settlements",
        radius: radius(s.population),
        color: "#3d4a5c",
        weight: 1,
        fillColor: "#ffffff",
        fillOpacity: 1,
        interactive: false,
      });
      if ((s.population ?? 0) >= minimum) {
        dot.bindTooltip(s.name, { permanent: true, direction: "right", offset: [4, 0], className: "settlement-label", pane: "settlements" });
      }
      layer.addLayer(dot);
    }
    layer.addTo(map);
    return () => void layer.remove();
  }, [map, settlements, zoom]);

  return null;
}
