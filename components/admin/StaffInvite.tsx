"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "@/components/api/client";
import type { CourtInvite } from "@/lib/validation/staff-invites";
import { formatFactDate } from "@/components/entry/fact-dates";

/** An editor makes a one-time invite for a court's staff; the code and its link are shown this once. */
export function StaffInvite({ entryId }: { entryId: string }) {
  const t = useTranslations("corrections.invite");
  const locale = useLocale();
  const [invite, setInvite] = useState<CourtInvite | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  async function create() {
    const res = await callApi<CourtInvite>(`/api/v1/admin/entries/${encodeURIComponent(entryId)}/invites`, { body: {} });
    if (res.ok) {
      setInvite(res.data);
      setFailed(null);
    } else setFailed(`${t("failed")} ${res.error.message}`);
  }

  const link = invite ? `${window.location.origin}/${locale}/admin?invite=${encodeURIComponent(invite.code)}` : "";
  return (
    <section className="staff-invite" aria-labelledby="staff-invite-heading">
      <h2 id="staff-invite-heading">{t("heading")}</h2>
      <p className="hint">{t("intro")}</p>
      <button type="button" onClick={create}>
        {t("create")}
      </button>
      <div role="status" aria-live="polite">
        {invite ? (
          <>
            <p>{t("once", { date: formatFactDate(invite.expiresAt, locale) })}</p>
            <dl>
              <dt>{t("code")}</dt>
              <dd className="invite-code">{invite.code}</dd>
              <dt>{t("link")}</dt>
              <dd className="invite-code">{link}</dd>
            </dl>
          </>
        ) : null}
        {failed ? <p className="error-box">{failed}</p> : null}
      </div>
    </section>
  );
}
