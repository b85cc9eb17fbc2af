"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { AccessFigures } from "@/lib/access/figures";
import { count, km, share } from "./format";

export interface FiguresRow {
  key: string;
  name: string;
  href?: string;
  figures: AccessFigures;
}

const COLUMNS = [
  { id: "population", label: "figures.population", value: (f: AccessFigures) => f.coverage.population, show: count },
  { id: "settlements", label: "figures.settlements", value: (f: AccessFigures) => f.coverage.settlements, show: count },
  { id: "mean", label: "figures.mean", value: (f: AccessFigures) => f.meanKm, show: km },
  { id: "median", label: "figures.median", value: (f: AccessFigures) => f.medianKm, show: km },
  { id: "over25", label: "figures.over25", value: (f: AccessFigures) => f.shareOver25Km, show: share },
  { id: "over50", label: "figures.over50", value: (f: AccessFigures) => f.shareOver50Km, show: share },
  { id: "over100", label: "figures.over100", value: (f: AccessFigures) => f.shareOver100Km, show: share },
  { id: "courts", label: "figures.courts", value: (f: AccessFigures) => f.courts, show: count },
  { id: "per100k", label: "figures.courtsPer100k", value: (f: AccessFigures) => f.courtsPer100k, show: count },
] as const;

type SortKey = "name" | (typeof COLUMNS)[number]["id"];

/** Areas and their figures; a column heading sorts by it (again: the other way). The map's accessible alternative. */
export function FiguresTable({ rows, caption, nameLabel, id }: { rows: FiguresRow[]; caption: string; nameLabel: string; id: string }) {
  const t = useTranslations("access");
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "mean", descending: true });
  const column = COLUMNS.find((c) => c.id === sort.key);
  const sorted = [...rows].sort((a, b) => {
    // Unknown figures last whichever the direction.
    const order = column
      ? ((column.value(a.figures) ?? -Infinity) - (column.value(b.figures) ?? -Infinity)) * (sort.descending ? -1 : 1)
      : a.name.localeCompare(b.name, locale) * (sort.descending ? -1 : 1);
    return order || a.name.localeCompare(b.name, locale);
  });
  const header = (key: SortKey, label: string, numeric: boolean) => (
    <th scope="col" className={numeric ? "num" : undefined} aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : undefined} key={key}>
      <button type="button" className="sort-button" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== "name" }))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? " ▼" : " ▲") : ""}</span>
      </button>
    </th>
  );
  return (
    <div className="table-wrap">
      <table id={id} className="access-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header("name", nameLabel, false)}
            {COLUMNS.map((c) => header(c.id, t(c.label), true))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.href ? <a href={r.href}>{r.name}</a> : r.name}</th>
              {COLUMNS.map((c) => (
                <td key={c.id} className="num">
                  {c.show(c.value(r.figures), locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
