"use client";

import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.Default.css";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef } from "react";
import { CircleMarker, MapContainer, Marker, TileLayer, Tooltip, ZoomControl } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import { entryName } from "@/components/entry/names";
import { DataAttribution } from "./DataAttribution";
import { MapEvents } from "./MapEvents";
import { clusterIcon, kindIcons } from "./marker-icons";
import { onActivationKey, useClusterKeyboard } from "./keyboard";
import { RegionOutlines } from "./RegionOutlines";
import { SelectedPopup } from "./SelectedPopup";
import type { MapProps } from "../types";

/** Kazakhstan, for the first view when the URL has none. */
const KAZAKHSTAN: [[number, number], [number, number]] = [
  [40.5, 46.4],
  [55.5, 87.4],
];

export default function HomeMap(props: MapProps) {
  const { entries, selected, point, view, region, tiles } = props;
  const t = useTranslations("home");
  const k = useTranslations("kinds");
  const locale = useLocale();
  // Handlers change every render; markers are memoised on the entries, so they call through a ref.
  const handlers = useRef(props);
  handlers.current = props;

  const clusterKeyboard = useClusterKeyboard();
  const firstView = useRef(view);
  const icons = useMemo(() => kindIcons((kind) => k(`letter.${kind}`)), [k]);
  const markers = useMemo(
    () =>
      entries.map((e) => (
        <Marker
          key={e.id}
          position={[e.location!.lat, e.location!.lng]}
          icon={icons[e.kind]}
          title={`${entryName(e.name, locale).text} (${k(`kind.${e.kind}`)})`}
          eventHandlers={{ click: () => handlers.current.onSelect(e.id), keydown: (ev) => onActivationKey(ev, () => handlers.current.onSelect(e.id)) }}
        />
      )),
    [entries, icons, locale, k],
  );
  const createClusterIcon = useMemo(
    () => (cluster: { getChildCount(): number }) => clusterIcon(cluster.getChildCount(), t("cluster", { count: cluster.getChildCount() })),
    [t],
  );

  return (
    <MapContainer
      className="map"
      {...(view ? { center: [view.lat, view.lng] as [number, number], zoom: view.zoom } : { bounds: KAZAKHSTAN })}
      zoomControl={false}
      minZoom={2}
      zoomSnap={0.25}
      maxZoom={18}
    >
      <ZoomControl position="topright" zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />
      {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <DataAttribution />
      <RegionOutlines region={region} fitRegion fitAtFirst={!firstView.current} />
      <MarkerClusterGroup ref={clusterKeyboard} chunkedLoading iconCreateFunction={createClusterIcon} maxClusterRadius={50}>
        {markers}
      </MarkerClusterGroup>
      {point ? (
        <CircleMarker center={[point.lat, point.lng]} radius={9} pathOptions={{ color: "#b35c00", weight: 3, fillOpacity: 0.3 }}>
          <Tooltip>{t("point")}</Tooltip>
        </CircleMarker>
      ) : null}
      {selected ? <SelectedPopup entry={selected} onClose={() => handlers.current.onSelect(undefined)} /> : null}
      <MapEvents
        onPoint={(p) => handlers.current.onPoint(p)}
        onView={(v) => handlers.current.onView(v)}
        view={view}
        focusRequest={props.focusRequest}
      />
    </MapContainer>
  );
}
