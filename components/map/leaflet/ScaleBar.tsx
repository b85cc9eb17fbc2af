"use client";

import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Metric scale bar (kilometres and metres), bottom left. */
export function ScaleBar() {
  const map = useMap();
  useEffect(() => {
    const control = L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    return () => void control.remove();
  }, [map]);
  return null;
}
