"use client";

import { useEffect } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import type { MapProps } from "../types";

type Props = Pick<MapProps, "onPoint" | "onView" | "view" | "focusRequest">;

/** Map clicks set the point; moves are written to the URL; the URL's view and "show on map" move the map. */
export function MapEvents({ onPoint, onView, view, focusRequest }: Props) {
  const map = useMap();
  useMapEvents({
    click: (e) => onPoint({ lat: e.latlng.lat, lng: e.latlng.lng }),
    moveend: () => {
      const c = map.getCenter();
      onView({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    },
  });

  useEffect(() => {
    if (!view) return;
    const c = map.getCenter();
    const moved = map.getZoom() !== view.zoom || Math.abs(c.lat - view.lat) > 1e-3 || Math.abs(c.lng - view.lng) > 1e-3;
    if (moved) map.setView([view.lat, view.lng], view.zoom);
  }, [map, view]);

  useEffect(() => {
    const location = focusRequest?.entry.location;
    if (!location) return;
    map.setView([location.lat, location.lng], Math.max(map.getZoom(), 13));
    map.getContainer().scrollIntoView({ block: "nearest" });
  }, [map, focusRequest]);

  return null;
}
