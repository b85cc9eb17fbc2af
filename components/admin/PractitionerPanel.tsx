"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { callApi } from "@/components/api/client";
import type { Me } from "@/lib/validation/admin";
import { ContactInputSchema, ListingInputSchema } from "@/lib/validation/entry-input";
import { EntryForm } from "./EntryForm";
import { useErrorText } from "./error-text";
import { errorId, FieldError } from "./FieldError";
import { apiFieldErrors, type FieldErrors } from "./field-errors";
import { emptyForm, formFromEntry } from "./form-value";
import { entryLabel } from "./names";

/** A practitioner's own page: their listing's contacts, a claim, a new listing, and what became of each request. */
export function PractitionerPanel({ me, onChange }: { me: Me; onChange: () => void }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const [claimErrors, setClaimErrors] = useState<FieldErrors>({});
  const errorText = useErrorText();

  async function send(path: string, body: unknown): Promise<FieldErrors | void> {
    const res = await callApi(path, { body });
    if (res.ok) {
      setMessage(t("mine.sent"));
      onChange();
      return;
    }
    setMessage(errorText(res.error.field, res.error.code, res.error.status));
    return apiFieldErrors(res.error);
  }

  async function claim(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setClaimErrors((await send("/api/v1/me/claims", form)) ?? {});
  }

  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">{t("mine.heading")}</h2>
      <p className="hint">{t("mine.waiting")}</p>
      {message && <p role="status">{message}</p>}
      {me.listings.length === 0 && <p>{t("mine.none")}</p>}
      {me.listings.map((l) => (
        <div key={l.id} className="my-listing">
          <h3>
            {entryLabel(l, locale)} <small>({l.id})</small>
          </h3>
          <h4>{t("mine.contactsHeading")}</h4>
          <EntryForm initial={formFromEntry(l)} schema={ContactInputSchema} mode="contacts" submitLabel={t("mine.sendChanges")} onSubmit={(input) => send(`/api/v1/me/entries/${encodeURIComponent(l.id)}/changes`, input)} />
        </div>
      ))}
      <form onSubmit={claim} className="claim-form">
        <h3>{t("mine.claimHeading")}</h3>
        <label>
          {t("mine.entryId")} <input name="entryId" required aria-describedby={claimErrors.entryId ? errorId("entryId") : undefined} />
          <FieldError id={errorId("entryId")} field="entryId" code={claimErrors.entryId} />
        </label>
        <label>
          {t("form.licenceNumber")} <input name="licenceNumber" required aria-describedby={claimErrors.licenceNumber ? errorId("licenceNumber") : undefined} />
          <FieldError id={errorId("licenceNumber")} field="licenceNumber" code={claimErrors.licenceNumber} />
        </label>
        <button type="submit">{t("mine.claim")}</button>
      </form>
      <h3>{t("mine.newHeading")}</h3>
      <EntryForm initial={emptyForm("advocate")} schema={ListingInputSchema} mode="listing" submitLabel={t("mine.propose")} onSubmit={(input) => send("/api/v1/me/listings", input)} />
      <h3>{t("mine.requests")}</h3>
      <ul>
        {me.requests.map((r) => (
          <li key={r.id}>
            {t(`moderation.type.${r.type}`)} · {t(`statuses.${r.status}`)} · {r.createdAt.slice(0, 10)}
            {r.reason ? ` — ${r.reason}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
