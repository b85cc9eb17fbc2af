import type { ApiEntry } from "@/lib/validation/entry";

export function PhoneLinks({ phones }: { phones: ApiEntry["phones"] }) {
  if (phones.length === 0) return null;
  return (
    <ul className="phones">
      {phones.map((p) => (
        <li key={p.number}>
          <a href={`tel:${p.number}`}>{p.number}</a>
          {p.purpose ? ` (${p.purpose})` : null}
        </li>
      ))}
    </ul>
  );
}
