"use client";

import { useLocale, useTranslations } from "next-intl";
import { Popup } from "react-leaflet";
import type { ShownEntry } from "@/components/directory/types";
import { EntryNameText } from "@/components/entry/EntryNameText";
import { PhoneLinks } from "@/components/entry/PhoneLinks";
import { SampleBadge } from "@/components/entry/SampleBadge";
import { Link } from "@/i18n/navigation";

/**
 * One popup, for the selected entry, placed at its point (so it shows even where markers are clustered).
 * Opened from a marker by keyboard, it takes the focus so the keyboard user lands in it.
 */
export function SelectedPopup({ entry, onClose }: { entry: ShownEntry; onClose: () => void }) {
  const t = useTranslations("home");
  const r = useTranslations("ratings");
  const k = useTranslations("kinds");
  const locale = useLocale();
  if (!entry.location) return null;
  return (
    <Popup
      key={entry.id}
      position={[entry.location.lat, entry.location.lng]}
      offset={[0, -10]}
      eventHandlers={{
        remove: onClose,
        add: (e) => {
          if (document.activeElement?.classList.contains("kind-marker")) {
            (e.target as { getElement(): HTMLElement | undefined }).getElement()?.querySelector<HTMLElement>(".popup a")?.focus();
          }
        },
      }}
    >
      <div className="popup">
        <p className="popup-name">
          <EntryNameText name={entry.name} locale={locale} />
        </p>
        <p className="result-meta">
          {entry.courtKind ? k(`courtKind.${entry.courtKind}`) : k(`kind.${entry.kind}`)}
          {entry.locality ? ` · ${entry.locality}` : null}
        </p>
        {entry.address ? <p>{entry.address}</p> : null}
        {entry.phones ? <PhoneLinks phones={entry.phones} /> : null}
        {entry.sample ? <SampleBadge label={t("sample")} /> : null}
        <p>
          <Link href={`/entries/${entry.id}`}>{t("details")}</Link>
        </p>
        {entry.kind === "court" ? (
          <p>
            <Link href={`/entries/${entry.id}#rate`}>{r("widget.rateThisCourt")}</Link>
          </p>
        ) : null}
      </div>
    </Popup>
  );
}
