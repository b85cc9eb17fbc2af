import type { AccessibilityFeature, FrontOfficeService } from "@/lib/directory/kinds";

// Small line icons beside the words (never instead of them); drawn inline, so they need no icon font.
const SHAPES: Record<FrontOfficeService | AccessibilityFeature, string> = {
  reception: "M4 17h16M6 17a6 6 0 0 1 12 0M12 9V7M10 7h4",
  digital_queue: "M4 6h16v12H4zM8 10h2v4M13 10h3l-3 4h3",
  payment_terminal: "M3 6h18v12H3zM3 10h18M6 15h4",
  mediator: "M8 9a2 2 0 1 0 0-.1M16 9a2 2 0 1 0 0-.1M4 19c0-3 2-5 4-5s4 2 4 5M12 19c0-3 2-5 4-5s4 2 4 5",
  advocate: "M12 4v16M8 20h8M5 8h14M5 8l-3 6h6zM19 8l-3 6h6z",
  notary: "M6 3h9l3 3v15H6zM9 9h6M9 13h6M12 17a1.5 1.5 0 1 0 0-.1",
  open_space: "M3 20V8l9-5 9 5v12M8 20v-6h8v6",
  step_free_entrance: "M3 19h18L3 11zM15 5a1.5 1.5 0 1 0 0-.1",
  lift: "M5 3h14v18H5zM12 3v18M8.5 10l-2 -0M8.5 8l-1.5 2h3zM15.5 14l-1.5-2h3z",
  accessible_toilet: "M8 4a1.5 1.5 0 1 0 0-.1M16 4a1.5 1.5 0 1 0 0-.1M6 8h4l1 6H9v6H7v-6H5zM14 8h4v6h-1v6h-2v-6h-1z",
  parking: "M4 4h16v16H4zM10 17V7h3a3 3 0 0 1 0 6h-3",
  hearing_loop: "M8 10a4 4 0 1 1 8 0c0 3-3 3-3 6a2 2 0 0 1-4 0M4 4l16 16",
  sign_language_on_request: "M7 21v-8l-2-3 1-1 3 3V4a1 1 0 0 1 2 0v6V3a1 1 0 0 1 2 0v7V4a1 1 0 0 1 2 0v7-5a1 1 0 0 1 2 0v9c0 3-2 6-5 6z",
};

export function FactIcon({ item }: { item: FrontOfficeService | AccessibilityFeature }) {
  return (
    <svg className="fact-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={SHAPES[item]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Items with an icon and their name in the page's language. */
export function FactList({ items, label }: { items: readonly (FrontOfficeService | AccessibilityFeature)[]; label: (item: string) => string }) {
  return (
    <ul className="fact-list">
      {items.map((item) => (
        <li key={item}>
          <FactIcon item={item} /> {label(item)}
        </li>
      ))}
    </ul>
  );
}
