import { expect } from "@playwright/test";

/** Checklist row 12: the headers every response carries (lib/http/security-headers.js). */
export function expectSecurityHeaders(headers: Headers | Record<string, string>) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]) ?? undefined;
  const csp = get("content-security-policy") ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(get("strict-transport-security")).toMatch(/max-age=\d+/);
  expect(get("x-content-type-options")).toBe("nosniff");
  expect(get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(get("x-powered-by")).toBeUndefined();
}
