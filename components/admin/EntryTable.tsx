"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { callApi } from "@/components/api/client";
import { ENTRY_KINDS } from "@/lib/directory/kinds";
import { RegionOptions, useRegionNames } from "./AdminRegions";
import type { AdminEntryPage } from "@/lib/validation/admin";
import { entryLabel } from "./names";

/** The searchable, filterable table of every entry, closed ones included. */
export function EntryTable() {
  const t = useTranslations("admin");
  const locale = useLocale();
  const { nameOf: regionName } = useRegionNames();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState("");
  const [region, setRegion] = useState("");
  const [status, setStatus] = useState("any");
  const [page, setPage] = useState<AdminEntryPage>({ items: [], total: 0, nextCursor: null });

  const fetchPage = useCallback(async (cursor?: string) => {
    const params = new URLSearchParams({ status, limit: "50" });
    if (q.trim()) params.set("q", q.trim());
    if (kind) params.set("kind", kind);
    if (region) params.set("region", region);
    if (cursor) params.set("cursor", cursor);
    const res = await callApi<AdminEntryPage>(`/api/v1/admin/entries?${params}`);
    if (!res.ok) return;
    const next = res.data;
    setPage((prev) => (cursor ? { ...next, items: [...prev.items, ...next.items] } : next));
  }, [q, kind, region, status]);

  // A new filter fetches the first page once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => void fetchPage(), 250);
    return () => clearTimeout(timer);
  }, [fetchPage]);

  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t("tabs.entries")}</h2>
      <div className="admin-filters">
        <label>
          {t("table.search")} <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          {t("table.kind")}{" "}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t("table.any")}</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("table.region")}{" "}
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t("table.any")}</option>
            <RegionOptions />
          </select>
        </label>
        <label>
          {t("table.status")}{" "}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="any">{t("table.any")}</option>
            <option value="active">{t("statuses.active")}</option>
            <option value="closed">{t("statuses.closed")}</option>
          </select>
        </label>
        <Link href="/admin/entries/new">{t("table.new")}</Link>
        <span className="export-links">
          {t("table.export")} <a href="/api/v1/export?format=csv">{t("table.exportCsv")}</a> · <a href="/api/v1/export?format=geojson">{t("table.exportGeojson")}</a>
        </span>
      </div>
      <p aria-live="polite">{t("table.total", { count: page.total })}</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("table.name")}</th>
            <th scope="col">{t("table.kind")}</th>
            <th scope="col">{t("table.region")}</th>
            <th scope="col">{t("table.status")}</th>
            <th scope="col">{t("table.version")}</th>
            <th scope="col">{t("table.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={`/admin/entries/${encodeURIComponent(e.id)}`}>{entryLabel(e, locale)}</Link>
              </td>
              <td>{t(`kinds.${e.kind}`)}</td>
              <td>{regionName(e.regionIso)}</td>
              <td>{t(`statuses.${e.status}`)}</td>
              <td>{e.version}</td>
              <td>{e.updatedAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.nextCursor && (
        <button type="button" onClick={() => fetchPage(page.nextCursor!)}>
          {t("table.more")}
        </button>
      )}
    </section>
  );
}
