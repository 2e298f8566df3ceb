// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { contentSecurityPolicy, headersBesideCsp } = require("./lib/http/security-headers.js");

/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  // Gzip for clients that ask (Next's default): every page is rendered per request anyway (its
  // CSP nonce), and a phone on a slow link otherwise waits for ~3× the bytes of HTML and of the
  // scripts (Lighthouse's uses-text-compression; on slow 4G, 190 KB of list HTML is ~1 s). A
  // reverse proxy in front (deploy/nginx.conf) passes the encoded answer on as it is. Load tests
  // that send no Accept-Encoding (autocannon) are served plain, as before.
  compress: true,
  // An ETag here is a hash of the whole page computed in JavaScript on every request, cached or
  // not (5.4 ms for a 1.08 MB page here, best of 30); pages carry Cache-Control for
  // revalidation instead, and a reverse proxy that caches them can add its own validators.
  generateEtags: false,
  reactStrictMode: true,
  // Next's server cache (ISR pages and cached reads) in this process's memory, expired by tags
  // shared through PostgreSQL, so that instances on one database stay in step (see the file).
  cacheHandler: require.resolve("./server/cache/handler.js"),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm"],
  async headers() {
    return [
      { source: "/:path*", headers: headersBesideCsp() },
      // Pages get a strict policy with a fresh nonce from proxy.ts; what proxy.ts does not see
      // (API answers, Next's files, the icon) gets the same policy without a nonce: no script.
      ...["/api/:path*", "/_next/:path*", "/icon.svg"].map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] })),
    ];
  },
};
