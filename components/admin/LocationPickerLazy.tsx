"use client";

import dynamic from "next/dynamic";

/** Leaflet needs the browser: the map is loaded on the client only. */
export const LocationPickerLazy = dynamic(() => import("./LocationPicker").then((m) => m.LocationPicker), { ssr: false });
