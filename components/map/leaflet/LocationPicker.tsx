"use client";

import type L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useMemo } from "react";
import { useTranslations } from "next-intl";
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { useAdminTiles } from "@/components/admin/AdminTiles";
import { locationPin } from "./marker-icons";
import { RegionOutlines } from "./RegionOutlines";

function Follow({ lat, lng }: { lat: number; lng: number }) {
  const map = useMap();
  useEffect(() => {
    if (Number.isFinite(lat) && Number.isFinite(lng)) map.panTo([lat, lng]);
  }, [lat, lng, map]);
  return null;
}

function ClickToPlace({ onMove }: { onMove: (lat: number, lng: number) => void }) {
  useMapEvents({ click: (e) => onMove(e.latlng.lat, e.latlng.lng) });
  return null;
}

/**
 * A map with one draggable pin; clicking the map moves it too. Typing coordinates moves the map. Its base map is the
 * public map's (the operator's TILE_URL, which the CSP allows), else the region outlines.
 */
export default function LocationPicker({ lat, lng, onMove }: { lat: number; lng: number; onMove: (lat: number, lng: number) => void }) {
  const tiles = useAdminTiles();
  // The draggable pin is a button to assistive technology: it needs a name (axe: aria-command-name).
  const t = useTranslations("admin.form");
  const valid = Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  const position = useMemo<[number, number]>(() => (valid ? [lat, lng] : [48, 67]), [valid, lat, lng]);
  return (
    <MapContainer center={position} zoom={valid ? 12 : 4} className="location-picker" scrollWheelZoom={false}>
      {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : <RegionOutlines />}
      <Marker
        position={position}
        icon={locationPin}
        title={t("location")}
        draggable
        eventHandlers={{
          dragend: (e) => {
            const p = (e.target as L.Marker).getLatLng();
            onMove(p.lat, p.lng);
          },
        }}
      />
      <Follow lat={lat} lng={lng} />
      <ClickToPlace onMove={onMove} />
    </MapContainer>
  );
}
