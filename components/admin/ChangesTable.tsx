"use client";

import { useTranslations } from "next-intl";

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

/** Field-by-field before/after, as text (never as markup). */
export function ChangesTable({ changes }: { changes: { field: string; before: unknown; after: unknown }[] }) {
  const t = useTranslations("admin.form");
  return (
    <table className="changes">
      <thead>
        <tr>
          <th scope="col">{t("field")}</th>
          <th scope="col">{t("before")}</th>
          <th scope="col">{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{c.field}</th>
            <td>{show(c.before)}</td>
            <td>{show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
