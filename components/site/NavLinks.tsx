"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** The main navigation; the current section is marked for assistive technology. */
export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <ul className="nav-links">
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} aria-current={isCurrent(l.href) ? "page" : undefined}>
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
