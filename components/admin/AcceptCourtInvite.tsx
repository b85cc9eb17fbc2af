"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState, type FormEvent } from "react";
import { callApi } from "@/components/api/client";

const KNOWN_ERRORS = new Set(["invite_unknown", "invite_expired", "invite_used"]);

/** The invite code from an invite link (?invite=…), if the page was opened with one. */
export function inviteFromUrl(): string {
  return typeof window === "undefined" ? "" : (new URLSearchParams(window.location.search).get("invite") ?? "");
}

/** Above the sign-in forms, when the page was opened with an invite link. */
export function InviteNotice() {
  const t = useTranslations("corrections.redeem");
  const [invited, setInvited] = useState(false);
  useEffect(() => setInvited(inviteFromUrl() !== ""), []);
  return invited ? <p className="notice">{t("signInFirst")}</p> : null;
}

/** A signed-in account uses a court staff invite: the court joins its listings. */
export function AcceptCourtInvite({ onAccepted }: { onAccepted: () => void }) {
  const t = useTranslations("corrections.redeem");
  const id = useId();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setCode(inviteFromUrl()), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const res = await callApi<{ entryId: string }>("/api/v1/me/courts", { body: { code } });
    if (res.ok) {
      setMessage({ ok: true, text: t("done") });
      setCode("");
      onAccepted();
    } else setMessage({ ok: false, text: t(`errors.${KNOWN_ERRORS.has(res.error.code) ? (res.error.code as "invite_used") : "generic"}`) });
  }

  return (
    <details className="accept-invite" open={inviteFromUrl() !== "" || undefined}>
      <summary>{t("heading")}</summary>
      <form onSubmit={submit}>
        <p className="hint">{t("intro")}</p>
        <label htmlFor={`${id}-code`}>{t("code")}</label> <input id={`${id}-code`} value={code} maxLength={100} autoComplete="off" onChange={(e) => setCode(e.target.value)} />{" "}
        <button type="submit">{t("send")}</button>
      </form>
      <p role="status" aria-live="polite" className={message ? (message.ok ? "success-box" : "error-box") : undefined}>
        {message?.text}
      </p>
    </details>
  );
}
