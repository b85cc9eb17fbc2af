"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { callApi } from "@/components/api/client";

/** Sign in (everyone) and sign up (practitioners; every new account is a practitioner). */
export function AuthForms({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useTranslations("admin.signIn");
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>, path: string) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const res = await callApi(`/api/auth/${path}`, { body: form });
    if (res.ok) return onSignedIn();
    setMessage(res.error.status === 429 ? t("tooMany") : res.error.message || t("failed"));
  }

  return (
    <div className="auth-forms">
      {message && (
        <p className="form-message error" role="alert">
          {message}
        </p>
      )}
      <form onSubmit={(e) => submit(e, "sign-in/email")} aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">{t("heading")}</h2>
        <label>
          {t("email")} <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t("password")} <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">{t("submit")}</button>
      </form>
      <form onSubmit={(e) => submit(e, "sign-up/email")} aria-labelledby="sign-up-heading">
        <h2 id="sign-up-heading">{t("signUpHeading")}</h2>
        <label>
          {t("name")} <input name="name" autoComplete="name" required />
        </label>
        <label>
          {t("email")} <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t("password")} <input name="password" type="password" autoComplete="new-password" minLength={10} required />
        </label>
        <button type="submit">{t("signUpSubmit")}</button>
      </form>
    </div>
  );
}
