"use client";

import L from "leaflet";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import { useMap } from "react-leaflet";
import { fetchMarkers, type EntryQuery, type MarkersView } from "@/components/directory/api";
import type { ListedEntry } from "@/components/directory/types";
import { entryName } from "@/components/entry/names";
import { onActivationKey } from "./keyboard";
import { clusterIcon, kindIcons } from "./marker-icons";

interface Props {
  query: EntryQuery;
  /** Drawn at once, before the view's own answer (which replaces it) arrives. */
  first: MarkersView | null;
  onSelect: (entry: ListedEntry) => void;
}

/** Entries sharing one point (a town's courts) are spread on a small ring once no cluster holds them. */
const SPREAD_PX = 22;

/**
 * The markers of the view: asked of /api/v1/markers for the map's bounds and zoom after every move, drawn
 * into one Leaflet layer group (no React component per marker). A cluster zooms in to where it splits.
 */
export function MarkerLayer({ query, first, onSelect }: Props) {
  const map = useMap();
  const t = useTranslations("home");
  const k = useTranslations("kinds");
  const locale = useLocale();
  const icons = useMemo(() => kindIcons((kind) => k(`letter.${kind}`)), [k]);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const layer = L.layerGroup().addTo(map);
    let abort: AbortController | null = null;
    let drawn = "";

    const draw = (view: MarkersView) => {
      // The same markers at the same zoom are not drawn again (the view's answer after the page's own, a
      // small pan): a click on a marker being replaced would be lost. (Entries at one point are spread in
      // pixels, so another zoom draws again.)
      const key = JSON.stringify([map.getZoom(), view.clusters, view.items.map((e) => e.id)]);
      if (key === drawn) return;
      drawn = key;
      layer.clearLayers();
      for (const [lat, lng, count, expansionZoom] of view.clusters) {
        const label = t("cluster", { count });
        const marker = L.marker([lat, lng], { icon: clusterIcon(count, label), title: label, riseOnHover: true });
        const open = () => map.setView([lat, lng], Math.min(expansionZoom, map.getMaxZoom()));
        marker.on("click", open);
        marker.on("keydown", (e) => onActivationKey(e, open));
        layer.addLayer(marker);
      }
      const atPoint = new Map<string, ListedEntry[]>();
      for (const e of view.items) {
        const key = `${e.location!.lat},${e.location!.lng}`;
        atPoint.set(key, [...(atPoint.get(key) ?? []), e]);
      }
      for (const group of atPoint.values()) {
        group.forEach((e, i) => {
          let position = L.latLng(e.location!.lat, e.location!.lng);
          if (group.length > 1) {
            const angle = (2 * Math.PI * i) / group.length;
            const p = map.project(position).add([SPREAD_PX * Math.cos(angle), SPREAD_PX * Math.sin(angle)]);
            position = map.unproject(p);
          }
          const marker = L.marker(position, { icon: icons[e.kind], title: `${entryName(e.name, locale).text} (${k(`kind.${e.kind}`)})` });
          marker.on("click", () => select.current(e));
          marker.on("keydown", (ev) => onActivationKey(ev, () => select.current(e)));
          layer.addLayer(marker);
        });
      }
      map.getContainer().dataset.markers = String(view.clusters.length + view.items.length);
    };

    const refresh = () => {
      abort?.abort();
      const controller = (abort = new AbortController());
      const b = map.getBounds().pad(0.15);
      const clamp = (n: number, lim: number) => Math.max(-lim, Math.min(lim, n));
      const bbox: [number, number, number, number] = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)];
      fetchMarkers(query, { bbox, zoom: Math.max(0, Math.min(20, Math.floor(map.getZoom()))) }, controller.signal).then(
        (view) => {
          if (!controller.signal.aborted) draw(view);
        },
        () => undefined,
      );
    };

    // The page's markers are the country view's: drawn only when the map shows that zoom.
    if (first && first.zoom === Math.floor(map.getZoom())) draw(first);
    refresh();
    map.on("moveend", refresh);
    return () => {
      abort?.abort();
      map.off("moveend", refresh);
      layer.remove();
    };
  }, [map, query, first, icons, locale, k, t]);

  return null;
}
