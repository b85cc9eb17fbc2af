"use client";

import { useTranslations } from "next-intl";
import { Circle, CircleMarker, Tooltip } from "react-leaflet";

/** "You are here" from the browser's position: a dot and the circle of its accuracy. */
// className as an option of the layer, not in pathOptions: react-leaflet applies pathOptions with setStyle,
// which Leaflet ignores for className (it is read only when the path is made).
export function YouAreHere({ lat, lng, accuracy }: { lat: number; lng: number; accuracy: number }) {
  const t = useTranslations("directory");
  return (
    <>
      <Circle center={[lat, lng]} radius={accuracy} interactive={false} className="you-accuracy" pathOptions={{ color: "#1a73e8", weight: 1, fillOpacity: 0.12 }} />
      <CircleMarker center={[lat, lng]} radius={7} className="you-are-here" pathOptions={{ color: "#ffffff", weight: 2, fillColor: "#1a73e8", fillOpacity: 1 }}>
        <Tooltip>{t("youAreHere", { metres: Math.round(accuracy) })}</Tooltip>
      </CircleMarker>
    </>
  );
}
