// `npm run token:create -- --email <user> --label <text> [--expires-days N] [--json]`
// Creates a personal API token for that user and prints it once: only its hash is kept. With
// --json, stdout is exactly {"id": …, "token": "…"} (run npm with --silent, or npm prints its own
// banner first). Works on a PostgreSQL server (DATABASE_URL) and on the embedded database, also
// while the app is serving it.
import { parseArgs } from "node:util";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { createApiTokenSchema } from "@/lib/api-tokens/schema";
import { createPrismaClient } from "@/lib/db/client";
import { connectDatabase } from "@/lib/db/connect";
import { fieldErrorsOf } from "@/lib/validation";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, label: { type: "string" }, "expires-days": { type: "string" }, json: { type: "boolean", default: false } },
    strict: true,
  });
  const parsed = createApiTokenSchema.safeParse({ email: values.email ?? "", label: values.label ?? "", expiresDays: values["expires-days"] });
  if (!parsed.success) {
    const flag = (field: string) => (field === "expiresDays" ? "--expires-days" : `--${field}`);
    const problems = Object.entries(fieldErrorsOf(parsed.error)).map(([field, messages]) => `  ${flag(field)}: ${messages.join(" ")}`);
    throw new Error(`Invalid input:\n${problems.join("\n")}`);
  }
  const database = await connectDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    const { id, token, expiresAt } = await createApiToken({ userId: null, label: "cli" }, parsed.data, prisma);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ id, token })}\n`);
    } else {
      console.log(`Created API token ${id} for ${parsed.data.email}, valid until ${expiresAt.toISOString()}.`);
      console.log("It is shown this once; keep it secret:");
      console.log(token);
    }
  } finally {
    await prisma.$disconnect();
    await database.release();
  }
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
