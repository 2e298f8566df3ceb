// @ts-check
// The security headers of every response: applied by Next (next.config.js) and by the app's own
// HTTP server to the answers it gives without Next (server/serve-next.ts). CommonJS, because
// next.config.js loads it. Computed per call: NODE_ENV is only final once Next has started.
//
// Scripts. Every page is rendered per request (app/layout.tsx) and gets a strict policy with a
// fresh nonce from proxy.ts, which Next puts on each of its scripts: no inline script runs
// without it, on any page ('unsafe-inline' appears nowhere). A cached page could not carry a
// per-request nonce, and Next's `experimental.sri` only hashes the bundle files, not the inline
// `self.__next_f.push(…)` scripts that carry each page's data (vercel/next.js#95354); so the
// pages are not cached whole, their data is (the cached.ts files in lib, expired by tag on every write).
// Styles: Recharts and Next's runtime set inline styles, on every page.
const devEval = () => (process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'");

/** @param {string} scriptSrc */
const policy = (scriptSrc) => [
  "default-src 'self'",
  `script-src ${scriptSrc}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The policy of everything that is no page (API answers, files): no inline script at all. */
const contentSecurityPolicy = () => policy(`'self'${devEval()}`);

/**
 * The policy of every page: only scripts carrying this response's nonce, and those they load
 * ('strict-dynamic'); no inline script without it.
 * @param {string} nonce
 */
const strictContentSecurityPolicy = (nonce) => policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${devEval()}`);

/** @returns {{ key: string, value: string }[]} */
const headersBesideCsp = () => [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @returns {{ key: string, value: string }[]} */
const securityHeaders = () => [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }, ...headersBesideCsp()];

module.exports = { securityHeaders, headersBesideCsp, contentSecurityPolicy, strictContentSecurityPolicy };
