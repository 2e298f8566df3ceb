// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { securityHeaders } = require("./lib/http/security-headers.js");

/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  // Cached pages would be gzipped again for every request, on the app's CPU; compression is the
  // reverse proxy's job (deploy/nginx.conf), and on loopback it buys nothing.
  compress: false,
  reactStrictMode: true,
  // Next's server cache (ISR pages and cached reads) in this process's memory, expired by tags
  // shared through PostgreSQL, so that instances on one database stay in step (see the file).
  cacheHandler: require.resolve("./server/cache/handler.js"),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};
