"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { callApi, type ApiCallError } from "@/components/api/client";

/** Sign in (everyone) and sign up (practitioners; every new account is a practitioner). */
export function AuthForms({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useTranslations("admin.signIn");
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>, path: string) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const res = await callApi(`/api/auth/${path}`, { body: form });
    if (res.ok && path === "sign-up/email") {
      // Sign-up answers alike for new and existing e-mails; only a new one is signed in.
      const session = await callApi("/api/auth/get-session");
      if (!session.ok || !session.data) return setMessage(t("notSignedInAfterSignUp"));
    }
    if (res.ok) return onSignedIn();
    setMessage(failure(res.error));
  }

  function failure(error: ApiCallError): string {
    if (error.status === 429) return t("tooMany");
    if (error.code === "weak_password") return t("weakPassword");
    if (error.code === "too_long") return t("tooLong");
    return error.message || t("failed");
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
          {t("name")} <input name="name" autoComplete="name" maxLength={200} required />
        </label>
        <label>
          {t("email")} <input name="email" type="email" autoComplete="username" maxLength={254} required />
        </label>
        <label>
          {t("password")} <input name="password" type="password" autoComplete="new-password" minLength={10} maxLength={128} required />
        </label>
        <button type="submit">{t("signUpSubmit")}</button>
      </form>
    </div>
  );
}
