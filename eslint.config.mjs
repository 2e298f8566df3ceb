import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Public Next APIs only: its private modules change without notice between releases.
const NO_PRIVATE_NEXT = { group: ["next/dist/*"], message: "Use Next's public API, not next/dist/**." };

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**"],
  },
  {
    // Data flows one way: app → components → lib. lib is the domain: it never reaches back up,
    // nor into the server, the command-line scripts or the seed (tests beside the code may load it).
    files: ["lib/**/*.{ts,tsx}", "seed/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "@/components/*", "../app/*", "../components/*"], message: "lib/ must not import app/ or components/." },
            { group: ["@/server/*", "@/scripts/*", "**/server/*", "**/scripts/*"], message: "lib/ is the domain: the server and scripts use it, not the reverse." },
            { group: ["@/seed/*", "**/seed/*"], message: "lib/ must not import seed/: only scripts/ and server/start load the seed." },
            NO_PRIVATE_NEXT,
          ],
        },
      ],
    },
  },
  {
    // The app (Next's bundle) never reaches into the process around it.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/server/*", "@/scripts/*", "**/server/*", "**/scripts/*"], message: "app/ and components/ must not import server/ or scripts/." }, NO_PRIVATE_NEXT] }],
    },
  },
  {
    files: ["server/**/*.{ts,js}", "scripts/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_PRIVATE_NEXT] }] },
  },
  {
    // Components render; they do not query the database.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db/*", "@/lib/generated/prisma/client"], message: "Components receive data from pages; only lib/ reads the database." },
            { group: ["@/server/*", "@/scripts/*", "**/server/*", "**/scripts/*"], message: "app/ and components/ must not import server/ or scripts/." },
            NO_PRIVATE_NEXT,
          ],
        },
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
