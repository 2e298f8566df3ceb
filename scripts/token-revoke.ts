// `npm run token:revoke -- --id N`: the token stops working on its next request.
// Works on a PostgreSQL server (DATABASE_URL) and on the embedded database, also while the app
// is serving it.
import { parseArgs } from "node:util";
import { revokeApiToken } from "@/lib/api-tokens/mutations";
import { revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { createPrismaClient } from "@/lib/db/client";
import { connectDatabase } from "@/lib/db/connect";

async function main() {
  const { values } = parseArgs({ options: { id: { type: "string" } }, strict: true });
  const parsed = revokeApiTokenSchema.safeParse({ id: values.id ?? "" });
  if (!parsed.success) throw new Error("Invalid input:\n  --id: the number token:create printed.");
  const database = await connectDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    const token = await revokeApiToken({ userId: null, label: "cli" }, parsed.data.id, { prisma });
    console.log(`Revoked API token ${token.id} (${token.label}).`);
  } finally {
    await prisma.$disconnect();
    await database.release();
  }
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
