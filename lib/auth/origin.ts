/**
 * This site's origin as the request reached it: the Host header, on https only when the
 * TLS-terminating proxy says so (X-Forwarded-Proto, which next-auth trusts as well for its Secure
 * cookies). X-Forwarded-Host is ignored: any client can send it, so it would let a request name
 * the site it claims to come from.
 */
export function siteOriginOf(headers: Headers): string | null {
  const host = headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : "http";
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * CSRF guard for actions and mutating routes: the browser's Origin must be this very site,
 * scheme and host (an https page may not post to the http site, or the reverse).
 * A missing Origin is refused too (Next lets an action without one through, with a warning).
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const site = siteOriginOf(headers);
  if (!origin || !site || origin === "null") return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === site && origin.replace(/\/$/, "") === url.origin;
  } catch {
    return false;
  }
}
