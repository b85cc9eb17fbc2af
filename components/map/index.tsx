"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

// Leaflet touches `window` on import, so every map renders in the browser only: each is loaded here, one
// way, with a placeholder of its size until its code has arrived. Import maps from here, never from ./leaflet.

function HomeMapLoading() {
  const t = useTranslations("home");
  return <div className="map map--loading">{t("mapLoading")}</div>;
}

const loadHomeMap = () => import("./leaflet/HomeMap");

/** The home page's map: the listed entries in clusters, the selected one's popup; a click sets the point. */
export const HomeMap = dynamic(loadHomeMap, { ssr: false, loading: HomeMapLoading });

/**
 * Starts loading the home map's code before React renders it: next/dynamic asks for it only when the page
 * has hydrated, and Leaflet's chunk then arrived ~0.4 s after the page's own scripts (bench/map-render.ts).
 */
export function preloadHomeMap(): void {
  void loadHomeMap();
}

/** An entry page's small map: its point among the region outlines. */
export const MiniMap = dynamic(() => import("./leaflet/MiniMap"), { ssr: false, loading: () => <div className="mini-map" /> });

/** The admin form's location: one draggable pin; a click on the map moves it too. */
export const LocationPicker = dynamic(() => import("./leaflet/LocationPicker"), { ssr: false, loading: () => <div className="location-picker" /> });

function AccessMapLoading() {
  const t = useTranslations("access");
  return <div className="access-map map--loading">{t("mapLoading")}</div>;
}

/** The access page's choropleth of districts, the report's court buildings and the what-if pick. */
export const AccessMap = dynamic(() => import("./leaflet/AccessMap"), { ssr: false, loading: AccessMapLoading });
