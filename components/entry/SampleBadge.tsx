export function SampleBadge({ label }: { label: string }) {
  return <span className="sample-badge">{label}</span>;
}
