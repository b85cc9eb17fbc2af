"use client";

import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Our data sources' short attributions (the full lines are on the About page). */
const DATA_ATTRIBUTION =
  '<span lang="en">Boundaries: geokz CC BY 4.0 · UNHCR/OCHA COD-AB · © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors | Court locations: GeoNames CC BY 4.0</span>';

export function DataAttribution() {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    control.addAttribution(DATA_ATTRIBUTION);
    return () => void control.removeAttribution(DATA_ATTRIBUTION);
  }, [map]);
  return null;
}
