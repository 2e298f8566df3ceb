import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**"],
  },
  {
    // Data flows one way: app → components → lib. lib never reaches back up.
    files: ["lib/**/*.{ts,tsx}", "seed/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/components/*", "../app/*", "../components/*"], message: "lib/ must not import app/ or components/." }] },
      ],
    },
  },
  {
    // Components render; they do not query the database.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/*", "@/lib/generated/prisma/client"], message: "Components receive data from pages; only lib/ reads the database." }] },
      ],
    },
  },
  {
    // Next loads the cache handler with require() at run time, unbundled: it is CommonJS.
    files: ["server/cache/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Raw SQL only through tagged templates, which bind parameters.
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "$queryRawUnsafe", message: "Use the tagged $queryRaw`…` (parameters are bound)." },
        { property: "$executeRawUnsafe", message: "Use the tagged $executeRaw`…` (parameters are bound)." },
      ],
    },
  },
];

export default config;
