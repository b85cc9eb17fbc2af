/**
 * Without SITE_URL the site's scheme is known only per request: a response to a request that came over https
 * (directly, or through a proxy's x-forwarded-proto, which Next.js turns into the request's URL) marks its
 * cookies Secure. Over plain HTTP they stay as they are, so such a deployment can still sign in.
 */
export function secureCookiesOverHttps(req: Request, res: Response): Response {
  if (new URL(req.url).protocol !== "https:") return res;
  const cookies = res.headers.getSetCookie();
  if (cookies.length === 0 || cookies.every((c) => /;\s*secure\b/i.test(c))) return res;
  const headers = new Headers(res.headers);
  headers.delete("set-cookie");
  for (const c of cookies) headers.append("set-cookie", /;\s*secure\b/i.test(c) ? c : `${c}; Secure`);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
