import L from "leaflet";
import { ENTRY_KINDS, type EntryKind } from "@/lib/directory/kinds";

/**
 * One icon per kind: shape, colour and letter differ (see .kind-icon in app/globals.css), so kinds are
 * told apart without colour. The letter is decorative; the marker's title names the entry.
 */
export function kindIcons(letter: (kind: EntryKind) => string): Record<EntryKind, L.DivIcon> {
  return Object.fromEntries(
    ENTRY_KINDS.map((kind) => [
      kind,
      // Leaflet positions the outer element with a transform, so the shape is drawn on an inner one.
      L.divIcon({
        className: "kind-marker",
        html: `<span class="kind-icon kind-icon--${kind}" aria-hidden="true"><span>${letter(kind)}</span></span>`,
        iconSize: [28, 28],
        iconAnchor: [14, 14],
        popupAnchor: [0, -14],
      }),
    ]),
  ) as Record<EntryKind, L.DivIcon>;
}

/** The admin location picker's draggable pin (see .location-pin in components/admin/admin.css). */
export const locationPin = L.divIcon({ className: "location-pin", html: "<span></span>", iconSize: [24, 24], iconAnchor: [12, 24] });

export function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 100 ? 34 : count < 1000 ? 40 : 46;
  return L.divIcon({
    className: "cluster-icon",
    html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${label}</span>`,
    iconSize: [size, size],
  });
}
