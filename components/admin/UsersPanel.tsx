"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { callApi } from "@/components/api/client";
import type { ApiUser } from "@/lib/validation/admin";
import { RegionOptions } from "./AdminRegions";
import { useErrorText } from "./error-text";
import { errorId, FieldError } from "./FieldError";
import { apiFieldErrors, type FieldErrors } from "./field-errors";

const ROLES = ["admin", "editor", "practitioner"] as const;

function RegionPicker({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  return (
    <select multiple size={4} value={value} onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}>
      <RegionOptions />
    </select>
  );
}

/** Accounts and roles (administrators only): create regional editors, change roles and regions. */
export function UsersPanel() {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const [users, setUsers] = useState<ApiUser[]>([]);
  const [draft, setDraft] = useState({ email: "", name: "", password: "", role: "editor", regions: [] as string[] });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await callApi<{ items: ApiUser[] }>("/api/v1/admin/users");
    if (res.ok) setUsers(res.data.items);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function create(event: FormEvent) {
    event.preventDefault();
    const res = await callApi("/api/v1/admin/users", { body: draft });
    setErrors(res.ok ? {} : apiFieldErrors(res.error));
    setMessage(res.ok ? t("users.created") : errorText(res.error.field, res.error.code, res.error.status));
    if (res.ok) {
      setDraft({ email: "", name: "", password: "", role: "editor", regions: [] });
      await load();
    }
  }

  async function update(user: ApiUser) {
    const res = await callApi(`/api/v1/admin/users/${user.id}`, { method: "PUT", body: { role: user.role, regions: user.regions } });
    setMessage(res.ok ? t("form.saved", { version: "—" }) : errorText(res.error.field, res.error.code, res.error.status));
    await load();
  }

  const input = (name: "email" | "name" | "password", type = "text") => (
    <label>
      {t(`users.${name}`)}{" "}
      <input type={type} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? errorId(name) : undefined} />
      <FieldError id={errorId(name)} field={name} code={errors[name]} />
    </label>
  );

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t("users.heading")}</h2>
      {message && <p role="status">{message}</p>}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("users.email")}</th>
            <th scope="col">{t("users.role")}</th>
            <th scope="col">{t("users.regions")}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {users.map((u, i) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>
                <select aria-label={t("users.role")} value={u.role} onChange={(e) => setUsers(users.map((x, j) => (j === i ? { ...x, role: e.target.value as ApiUser["role"] } : x)))}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>{u.role === "editor" && <RegionPicker value={u.regions} onChange={(regions) => setUsers(users.map((x, j) => (j === i ? { ...x, regions } : x)))} />}</td>
              <td>
                <button type="button" onClick={() => update(u)}>
                  {t("users.save")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={create} className="user-form">
        {input("email", "email")}
        {input("name")}
        {input("password", "password")}
        <label>
          {t("users.role")}{" "}
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {draft.role === "editor" && (
          <label>
            {t("users.regions")} <RegionPicker value={draft.regions} onChange={(regions) => setDraft({ ...draft, regions })} />
          </label>
        )}
        <button type="submit">{t("users.create")}</button>
      </form>
    </section>
  );
}
