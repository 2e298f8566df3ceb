/** A path on this site: one leading slash, no scheme, no host, no backslash or control character. */
function isLocalPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !/[\u0000-\u001f\u007f\\]/.test(value);
}

/** A post-sign-in destination that can only be a path on this site (no open redirect). */
export function safeCallbackPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string" || value.length > 500 || !isLocalPath(value)) return fallback;
  try {
    const url = new URL(value, "http://same.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    // The parser collapses dot segments (`/..//evil.com`, `/%2e%2e//evil.com`) into `//evil.com`,
    // which a browser reads as another host: the path as it will be sent must pass again.
    return url.host === "same.invalid" && isLocalPath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}
