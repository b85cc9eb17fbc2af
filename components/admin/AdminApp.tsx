"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/components/api/client";
import type { Me } from "@/lib/validation/admin";
import "./admin.css";
import { AuthForms } from "./AuthForms";
import { CompletenessPanel } from "./CompletenessPanel";
import { EntryTable } from "./EntryTable";
import { ImportPanel } from "./ImportPanel";
import { ModerationQueue } from "./ModerationQueue";
import { PractitionerPanel } from "./PractitionerPanel";
import { AcceptCourtInvite, InviteNotice } from "./AcceptCourtInvite";
import { UsersPanel } from "./UsersPanel";

type Tab = "entries" | "moderation" | "completeness" | "import" | "users" | "mine";

const TABS: Record<Me["user"]["role"], Tab[]> = {
  admin: ["entries", "moderation", "completeness", "import", "users"],
  editor: ["entries", "moderation", "completeness"],
  practitioner: ["mine"],
};

/** The admin home: sign in, then the tabs the signed-in person's role allows. */
export function AdminApp() {
  const t = useTranslations("admin");
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [tab, setTab] = useState<Tab | null>(null);

  const load = useCallback(async () => {
    const res = await callApi<Me>("/api/v1/me");
    setMe(res.ok ? res.data : null);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (me === undefined) return <p aria-busy="true">…</p>;
  if (me === null) {
    return (
      <>
        <InviteNotice />
        <AuthForms onSignedIn={load} />
      </>
    );
  }

  const tabs = TABS[me.user.role];
  const current = tab && tabs.includes(tab) ? tab : tabs[0]!;
  async function signOut() {
    await callApi("/api/auth/sign-out", { body: {} });
    setMe(null);
  }
  return (
    <div className="admin-app">
      <p className="admin-who">
        {t("signIn.signedInAs", { email: me.user.email, role: t(`roles.${me.user.role}`) })}{" "}
        <button type="button" onClick={signOut}>
          {t("signIn.signOut")}
        </button>
      </p>
      <nav className="admin-tabs" aria-label={t("title")}>
        {tabs.map((name) => (
          <button key={name} type="button" aria-pressed={name === current} onClick={() => setTab(name)}>
            {t(`tabs.${name}`)}
          </button>
        ))}
      </nav>
      {current === "entries" && <EntryTable />}
      {current === "moderation" && <ModerationQueue />}
      {current === "completeness" && <CompletenessPanel />}
      {current === "import" && <ImportPanel />}
      {current === "users" && <UsersPanel />}
      {current === "mine" && (
        <>
          <AcceptCourtInvite onAccepted={load} />
          <PractitionerPanel me={me} onChange={load} />
        </>
      )}
    </div>
  );
}
