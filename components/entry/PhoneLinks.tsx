import { useTranslations } from "next-intl";
import type { ApiEntry } from "@/lib/validation/entry";

/** Phone numbers as tel: links, each with what it is for, named in the page's language. */
export function PhoneLinks({ phones }: { phones: ApiEntry["phones"] }) {
  const f = useTranslations("facts");
  if (phones.length === 0) return null;
  return (
    <ul className="phones">
      {phones.map((p) => (
        <li key={p.number}>
          <a href={`tel:${p.number}`}>{p.number}</a>
          {p.purpose ? ` (${f(`purpose.${p.purpose}`)})` : null}
        </li>
      ))}
    </ul>
  );
}
