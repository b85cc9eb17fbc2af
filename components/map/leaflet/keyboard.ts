"use client";

import type { LeafletKeyboardEvent } from "leaflet";

/** Enter or Space on a focused marker acts like a click (Leaflet only does this for bound popups). */
export function onActivationKey(e: LeafletKeyboardEvent, act: () => void): void {
  if (e.originalEvent.key !== "Enter" && e.originalEvent.key !== " ") return;
  e.originalEvent.preventDefault();
  act();
}
