import { expect } from "@playwright/test";

/** Checklist row 15: what an error answer must never show. */
const DISCLOSURES: [what: string, pattern: RegExp][] = [
  ["a stack frame", /\bat .+\.(js|ts|tsx):\d+/],
  ["a server path", /node_modules|\/work\/|\.next\/server/],
  ["Prisma", /prisma/i],
  ["a Prisma error code", /\bP[1-5]\d{3}\b/],
  ["SQL", /\bSELECT\b|\bINSERT INTO\b|\bUPDATE\s+"|\bFROM\s+"|\bWHERE\s+"/],
  ["a PostgreSQL error", /does not exist|violates|syntax error at|relation "|column "/i],
  ["a table name", /"(Commitment|Talk|Evidence|StatusChange|AuditLog|User|Quote)"/],
];

export function expectNothingDisclosed(body: string, label = "") {
  for (const [what, pattern] of DISCLOSURES) expect(body, `${label} shows ${what}`).not.toMatch(pattern);
}
