// @ts-check
// The security headers of every response: applied by Next (next.config.js) and by the app's own
// HTTP server to the answers it gives without Next (server/serve-next.ts). CommonJS, because
// next.config.js loads it. Computed per call: NODE_ENV is only final once Next has started.
//
// Scripts. The pages that hold a session (admin, sign-in, sign-out) are rendered per request
// anyway; they get a strict policy with a fresh nonce from proxy.ts (no 'unsafe-inline'), which
// Next puts on each of its scripts. The public pages are cached (static and ISR), and a cached
// page cannot carry a per-request nonce; Next's `experimental.sri` only hashes the bundle files,
// not the inline `self.__next_f.push(…)` scripts that carry each page's data
// (vercel/next.js#95354), so a cacheable page still needs 'unsafe-inline' for those. Public pages
// hold no session data and link to no admin page, so the admin pages are always a document of
// their own, under their own policy.
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

/** The policy of cacheable pages and of everything that is no page. */
const contentSecurityPolicy = () => policy(`'self' 'unsafe-inline'${devEval()}`);

/**
 * The policy of the pages rendered per request: only scripts carrying this nonce, and those they
 * load ('strict-dynamic'); no inline script without it.
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
