// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { contentSecurityPolicy, headersBesideCsp } = require("./lib/http/security-headers.js");

/** @type {import('next').NextConfig} */
module.exports = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm"],
  async headers() {
    return [
      { source: "/:path*", headers: headersBesideCsp() },
      // The pages rendered per request (admin, sign-in, sign-out) get a strict policy with a
      // nonce from proxy.ts instead (lib/http/security-headers.js says why only they can).
      { source: "/((?!admin$|admin/|sign-in$|sign-out$).*)", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] },
    ];
  },
};
