"use client";

import "leaflet/dist/leaflet.css";
import L, { type PathOptions } from "leaflet";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Marker, Popup, TileLayer, Tooltip, ZoomControl, useMapEvents } from "react-leaflet";
import type { Locale } from "@/i18n/locales";
import type { TileConfig } from "@/components/directory/types";
import { distanceColour } from "@/components/access/palette";
import { km } from "@/components/access/format";
import type { AccessBuildingMarker } from "@/components/access/types";
import { DataAttribution } from "./DataAttribution";

interface Props {
  tiles: TileConfig;
  buildings: AccessBuildingMarker[];
  showBuildings: boolean;
  point: { lat: number; lng: number } | null;
  onPick: (point: { lat: number; lng: number }) => void;
}

interface DistrictProperties {
  name: Record<Locale, string>;
  figures: { meanKm: number | null };
}

const KAZAKHSTAN: [[number, number], [number, number]] = [[40.5, 46.5], [55.5, 87.4]];

const buildingIcon = L.divIcon({ className: "access-building-marker", html: '<span aria-hidden="true"></span>', iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -9] });

function Picks({ onPick }: { onPick: Props["onPick"] }) {
  useMapEvents({ click: (e) => onPick({ lat: e.latlng.lat, lng: e.latlng.lng }) });
  return null;
}

/** Districts coloured by their mean straight-line distance to the serving court; the report's buildings; a click places a hypothetical court. */
export default function AccessMap({ tiles, buildings, showBuildings, point, onPick }: Props) {
  const t = useTranslations("access");
  const h = useTranslations("home");
  const locale = useLocale() as Locale;
  const [districts, setDistricts] = useState<GeoJSON.FeatureCollection | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    fetch("/api/v1/access?format=geojson&detail=map", { signal: abort.signal })
      .then((res) => (res.ok ? (res.json() as Promise<GeoJSON.FeatureCollection>) : null))
      .then(setDistricts, () => undefined);
    return () => abort.abort();
  }, []);

  const style = (feature?: GeoJSON.Feature): PathOptions => ({
    color: "#5b6573",
    weight: 0.6,
    fillColor: distanceColour((feature?.properties as DistrictProperties | undefined)?.figures.meanKm ?? null),
    fillOpacity: 0.75,
  });
  const tooltip = useMemo(
    () => (feature: GeoJSON.Feature, layer: L.Layer) => {
      const p = feature.properties as DistrictProperties;
      layer.bindTooltip(`${p.name[locale]}: ${p.figures.meanKm === null ? t("legendNoData") : km(p.figures.meanKm, locale)}`, { sticky: true });
    },
    [locale, t],
  );

  return (
    <MapContainer className="access-map" bounds={KAZAKHSTAN} zoomControl={false} minZoom={3} maxZoom={14} zoomSnap={0.25}>
      <ZoomControl position="topright" zoomInTitle={h("zoomIn")} zoomOutTitle={h("zoomOut")} />
      {tiles.url ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <DataAttribution />
      {districts ? <GeoJSON key={locale} data={districts} style={style} onEachFeature={tooltip} /> : null}
      {showBuildings
        ? buildings.map((b) => (
            <Marker key={b.key} position={[b.lat, b.lng]} icon={buildingIcon} title={b.title}>
              <Popup>
                <strong>{b.title}</strong>
                {b.lines.map((line) => (
                  <span key={line} className="access-popup-line">
                    {line}
                  </span>
                ))}
              </Popup>
            </Marker>
          ))
        : null}
      {point ? (
        <CircleMarker center={[point.lat, point.lng]} radius={10} pathOptions={{ color: "#b35c00", weight: 4, fillColor: "#ffffff", fillOpacity: 0.9 }}>
          <Tooltip permanent direction="top">
            {t("whatIf.marker")}
          </Tooltip>
        </CircleMarker>
      ) : null}
      <Picks onPick={onPick} />
    </MapContainer>
  );
}
