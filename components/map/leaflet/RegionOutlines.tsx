"use client";

import L, { type PathOptions } from "leaflet";
import { useLocale } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { GeoJSON, useMap, useMapEvents } from "react-leaflet";
import { fetchRegionOutlines } from "@/components/directory/api";

interface Props {
  region?: string;
  /** Fit the map to the chosen region when it changes (and at first, unless the URL gave a view). */
  fitRegion?: boolean;
  fitAtFirst?: boolean;
  /** Each region's name in the page's language, at its middle. */
  labels?: boolean;
}

/**
 * The 20 regions' outlines. They take no clicks of their own: a click anywhere is a point (nearest
 * offices, the place's region and courts), and the result panel offers "show only this region".
 */
export function RegionOutlines({ region, fitRegion = false, fitAtFirst = false, labels = false }: Props) {
  const map = useMap();
  const locale = useLocale() as "kk" | "ru" | "en";
  // Region names where they can be read: not over the whole country's small shapes, nor over a town's streets.
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const named = labels && zoom >= 5 && zoom < 9;
  const [outlines, setOutlines] = useState<GeoJSON.FeatureCollection | null>(null);
  const fitted = useRef<string | undefined | null>(fitAtFirst ? null : region);

  useEffect(() => {
    const abort = new AbortController();
    fetchRegionOutlines(abort.signal).then(setOutlines, () => undefined);
    return () => abort.abort();
  }, []);

  useEffect(() => {
    if (!fitRegion || !outlines || !region || fitted.current === region) return;
    fitted.current = region;
    const feature = outlines.features.find((f) => f.id === region);
    if (feature) map.fitBounds(L.geoJSON(feature).getBounds(), { padding: [16, 16] });
  }, [fitRegion, outlines, region, map]);

  // Shown or hidden by a class, not by drawing the outlines again with or without their labels.
  useEffect(() => {
    map.getContainer().classList.toggle("map--region-names", named);
  }, [map, named]);

  // Kept while the region is: a new style function makes react-leaflet restyle every outline, and the map
  // renders again at every pan and zoom.
  const style = useCallback(
    (feature?: GeoJSON.Feature): PathOptions =>
      feature?.id === region
        ? { color: "#0b4f8a", weight: 3, fillColor: "#0b4f8a", fillOpacity: 0.08 }
        : { color: "#5b6573", weight: 1, fillColor: "#ffffff", fillOpacity: region ? 0.35 : 0 },
    [region],
  );
  const label = useCallback(
    (feature: GeoJSON.Feature, layer: L.Layer) => {
      const name = (feature.properties as { name?: Record<string, string> } | null)?.name?.[locale];
      if (labels && name) layer.bindTooltip(name, { permanent: true, direction: "center", className: "region-label" });
    },
    [labels, locale],
  );
  if (!outlines) return null;
  return <GeoJSON key={`${region ?? "all"}-${locale}-${labels}`} data={outlines} style={style} interactive={false} onEachFeature={label} />;
}
