// @ts-check
// The security headers of every response: applied by Next (next.config.js) and by the app's own
// HTTP server to the answers it gives without Next (server/serve-next.ts). CommonJS, because
// next.config.js loads it.
// Recharts and Next's runtime set inline styles; scripts are only our own bundles plus Next's
// inline bootstrap. Nothing is ever loaded from another origin. Computed per call: NODE_ENV is
// only final once Next has started.
const contentSecurityPolicy = () => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @returns {{ key: string, value: string }[]} */
const securityHeaders = () => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

module.exports = { securityHeaders };
