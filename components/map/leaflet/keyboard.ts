"use client";

import type { LeafletEvent, LeafletKeyboardEvent } from "leaflet";
import { useCallback, useRef } from "react";

/** Enter or Space on a focused marker acts like a click (Leaflet only does this for bound popups). */
export function onActivationKey(e: LeafletKeyboardEvent, act: () => void): void {
  if (e.originalEvent.key !== "Enter" && e.originalEvent.key !== " ") return;
  e.originalEvent.preventDefault();
  act();
}

interface ClusterGroup {
  on(type: string, fn: (e: LeafletEvent) => void): unknown;
}

interface Cluster {
  getBounds(): { getNorthEast(): { equals(o: unknown): boolean }; getSouthWest(): unknown };
  spiderfy(): void;
  zoomToBounds(options?: { padding: [number, number] }): void;
  _map?: { getZoom(): number; getMaxZoom(): number };
}

/**
 * Cluster icons are focusable buttons too: Enter or Space zooms into the cluster, or spreads it out where
 * its markers share one point (courts of a town are all at the town's point).
 */
export function useClusterKeyboard() {
  const attached = useRef<ClusterGroup | null>(null);
  return useCallback((group: ClusterGroup | null) => {
    if (!group || attached.current === group) return;
    attached.current = group;
    group.on("clusterkeydown", (event: LeafletEvent) => {
      // Leaflet types an event's layer as any: this one is the cluster the key was pressed on.
      const e = event as Omit<LeafletKeyboardEvent, "layer"> & { layer: Cluster };
      onActivationKey(e, () => {
        const bounds = e.layer.getBounds();
        const map = e.layer._map;
        const samePoint = bounds.getNorthEast().equals(bounds.getSouthWest());
        if (samePoint || (map && map.getZoom() >= map.getMaxZoom())) e.layer.spiderfy();
        else e.layer.zoomToBounds({ padding: [20, 20] });
      });
    });
  }, []);
}
