/** Calls a route handler the way Next.js does, with a full URL and (for dynamic routes) params. */
export async function call<P extends Record<string, string>>(
  handler: (req: Request, ctx: { params: Promise<P> }) => Promise<Response>,
  url: string,
  params: P = {} as P,
): Promise<{ status: number; body: any }> {
  const res = await handler(new Request(new URL(url, "http://localhost")), { params: Promise.resolve(params) });
  return { status: res.status, body: await res.json() };
}

/** Haversine on the mean Earth radius (IUGG), written out here independently of the code under test. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lng2 - lng1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}
