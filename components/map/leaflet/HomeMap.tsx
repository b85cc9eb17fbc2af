"use client";

import "leaflet/dist/leaflet.css";
import "../map.css";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { CircleMarker, MapContainer, TileLayer, Tooltip, ZoomControl, useMap } from "react-leaflet";
import { DataAttribution } from "./DataAttribution";
import { DistrictOutlines } from "./DistrictOutlines";
import { MapEvents } from "./MapEvents";
import { MarkerLayer } from "./MarkerLayer";
import { RegionOutlines } from "./RegionOutlines";
import { ScaleBar } from "./ScaleBar";
import { SelectedPopup } from "./SelectedPopup";
import { Settlements } from "./Settlements";
import { YouAreHere } from "./YouAreHere";
import type { MapProps } from "../types";

/** Kazakhstan, for the first view when the URL has none. */
const KAZAKHSTAN: [[number, number], [number, number]] = [
  [40.5, 46.4],
  [55.5, 87.4],
];

/** Leaflet measures its container once: a map shown again (a phone's List | Map switch) measures again. */
function Remeasure({ visible }: { visible: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (visible) map.invalidateSize();
  }, [map, visible]);
  return null;
}

export default function HomeMap(props: MapProps) {
  const { selected, point, view, region, tiles, query, firstMarkers, you, settlements, visible } = props;
  const t = useTranslations("home");
  // Handlers change every render; the layers keep theirs, so they call through a ref.
  const handlers = useRef(props);
  handlers.current = props;
  const firstView = useRef(view);

  return (
    <MapContainer
      className={`map${tiles.url ? " map--tiles" : " map--no-tiles"}`}
      {...(view ? { center: [view.lat, view.lng] as [number, number], zoom: view.zoom } : { bounds: KAZAKHSTAN })}
      zoomControl={false}
      minZoom={2}
      zoomSnap={0.25}
      maxZoom={18}
    >
      <ZoomControl position="topright" zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />
      {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <DataAttribution />
      <ScaleBar />
      <RegionOutlines region={region} fitRegion fitAtFirst={!firstView.current} labels={!tiles.url} />
      <DistrictOutlines light={Boolean(tiles.url)} />
      <Settlements settlements={settlements} />
      <MarkerLayer query={query} first={firstMarkers} onSelect={(e) => handlers.current.onSelect(e)} />
      {you ? <YouAreHere {...you} /> : null}
      {point ? (
        <CircleMarker center={[point.lat, point.lng]} radius={9} pathOptions={{ color: "#b35c00", weight: 3, fillOpacity: 0.3 }}>
          <Tooltip>{t("point")}</Tooltip>
        </CircleMarker>
      ) : null}
      {selected ? <SelectedPopup entry={selected} onClose={() => handlers.current.onSelect(undefined)} /> : null}
      <Remeasure visible={visible} />
      <MapEvents
        onPoint={(p) => handlers.current.onPoint(p)}
        onView={(v) => handlers.current.onView(v)}
        view={view}
        focusRequest={props.focusRequest}
      />
    </MapContainer>
  );
}
