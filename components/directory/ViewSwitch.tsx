"use client";

import { useTranslations } from "next-intl";

/** A phone shows the list or the map, chosen here at the top; wider screens show both and hide the switch. */
export function ViewSwitch({ pane, onPane }: { pane: "list" | "map"; onPane: (pane: "list" | "map") => void }) {
  const t = useTranslations("directory");
  return (
    <div className="view-switch" role="group" aria-label={t("switchLabel")}>
      {(["list", "map"] as const).map((p) => (
        <button key={p} type="button" aria-pressed={pane === p} onClick={() => onPane(p)}>
          {t(`pane.${p}`)}
        </button>
      ))}
    </div>
  );
}
