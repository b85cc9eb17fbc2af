import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="kk">
      <body>{children}</body>
    </html>
  );
}
