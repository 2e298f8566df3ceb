// `npm run user:create -- --email <e> --name <n> --role admin|analyst`
// The password comes from USER_PASSWORD or a hidden prompt. Works on a PostgreSQL server
// (DATABASE_URL) and on the embedded database, also while the app is serving it.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createPrismaClient } from "@/lib/db/client";
import { connectDatabase } from "@/lib/db/connect";
import { UserFacingError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { createUserSchema } from "@/lib/users/schema";
import { createUser } from "@/lib/users/mutations";

async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("No password: set USER_PASSWORD or run in a terminal to be prompted.");
  let muted = false;
  const output = new Writable({ write: (chunk, _encoding, done) => { if (!muted) process.stdout.write(chunk); done(); } });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  process.stdout.write(question);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "analyst" } },
    strict: true,
  });
  const password = process.env.USER_PASSWORD ?? (await promptHidden("Password: "));
  const parsed = createUserSchema.safeParse({
    email: values.email ?? "",
    name: values.name ?? "",
    role: String(values.role).toUpperCase(),
    password: password.normalize("NFC"),
  });
  if (!parsed.success) {
    const problems = Object.entries(fieldErrorsOf(parsed.error)).map(([field, messages]) => `  ${field === "password" ? "password (USER_PASSWORD or prompt)" : `--${field}`}: ${messages.join(" ")}`);
    throw new Error(`Invalid input:\n${problems.join("\n")}`);
  }
  const database = await connectDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    const user = await createUser({ userId: null, label: "cli" }, parsed.data, prisma);
    console.log(`Created ${user.role.toLowerCase()} ${user.email} (id ${user.id}).`);
  } finally {
    await prisma.$disconnect();
    await database.release();
  }
}

main().catch((error) => {
  console.error(`✗ ${error instanceof UserFacingError || error instanceof Error ? error.message : error}`);
  process.exit(1);
});
