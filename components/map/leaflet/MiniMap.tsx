"use client";

import "leaflet/dist/leaflet.css";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { MapContainer, Marker, TileLayer, ZoomControl } from "react-leaflet";
import type { EntryKind } from "@/lib/directory/kinds";
import type { TileConfig } from "@/components/directory/types";
import { DataAttribution } from "./DataAttribution";
import { kindIcons } from "./marker-icons";
import { RegionOutlines } from "./RegionOutlines";

interface Props {
  lat: number;
  lng: number;
  kind: EntryKind;
  title: string;
  tiles: TileConfig;
}

/** The small map on an entry page: its point among the region outlines. */
export default function MiniMap({ lat, lng, kind, title, tiles }: Props) {
  const k = useTranslations("kinds");
  const t = useTranslations("home");
  const icons = useMemo(() => kindIcons((x) => k(`letter.${x}`)), [k]);
  return (
    <MapContainer className="mini-map" center={[lat, lng]} zoom={tiles.url ? 12 : 7} scrollWheelZoom={false} zoomControl={false}>
      <ZoomControl zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />
      {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <DataAttribution />
      <RegionOutlines />
      <Marker position={[lat, lng]} icon={icons[kind]} title={title} keyboard={false} />
    </MapContainer>
  );
}
