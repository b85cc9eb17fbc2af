"use client";

import { useLocale } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import type { Locale } from "@/i18n/locales";

export interface RegionNames {
  iso: string;
  name: Record<Locale, string>;
}

const AdminRegions = createContext<RegionNames[]>([]);

/** The regions' names for the admin forms (read once on the server by the admin layout): no ISO code is shown. */
export function AdminRegionsProvider({ regions, children }: { regions: RegionNames[]; children: ReactNode }) {
  return <AdminRegions.Provider value={regions}>{children}</AdminRegions.Provider>;
}

/** The regions in the page's language, sorted by name, and a code → name lookup (the code itself only if unknown). */
export function useRegionNames() {
  const locale = useLocale() as Locale;
  const regions = useContext(AdminRegions);
  const sorted = regions.map((r) => ({ iso: r.iso, name: r.name[locale] })).sort((a, b) => a.name.localeCompare(b.name, locale));
  const byIso = new Map(sorted.map((r) => [r.iso, r.name]));
  return { regions: sorted, nameOf: (iso: string | null | undefined) => (iso ? (byIso.get(iso) ?? iso) : "") };
}

/** The options of a region select, by name. */
export function RegionOptions() {
  const { regions } = useRegionNames();
  return regions.map((r) => (
    <option key={r.iso} value={r.iso}>
      {r.name}
    </option>
  ));
}
