// Which cookie holds the session, decided as next-auth decides it (core/init.ts: Secure cookie names
// when the site's base URL is https; that URL is NEXTAUTH_URL, or with AUTH_TRUST_HOST the request's
// host on the X-Forwarded-Proto it came by), and the token read as next-auth reads it (a token
// too long for one cookie is split over `name.0`, `name.1`, …).
const SESSION_COOKIE = "next-auth.session-token";

function siteIsHttps(headers: Headers): boolean {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.startsWith("https://");
  if (!process.env.AUTH_TRUST_HOST) return false; // next-auth's default base, http://localhost:3000
  return headers.get("x-forwarded-proto") !== "http";
}

export function sessionCookieName(headers: Headers): string {
  return siteIsHttps(headers) ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The session token the request carries, or null. */
export function sessionTokenOf(headers: Headers, cookies: readonly { name: string; value: string }[]): string | null {
  const name = sessionCookieName(headers);
  const chunks = cookies.filter((cookie) => cookie.name.startsWith(name));
  if (!chunks.length) return null;
  const suffix = (cookieName: string) => parseInt(cookieName.split(".").pop() ?? "0") || 0;
  return chunks.sort((a, b) => suffix(a.name) - suffix(b.name)).map((cookie) => cookie.value).join("");
}
