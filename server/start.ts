// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → seed when empty →
// production build when sources changed → `next start` on PORT (default 3000).
import { spawnSync } from "node:child_process";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { resolveDataDir } from "@/lib/db/embedded-lock";
import { applyMigrations } from "@/lib/db/migrate";
import { loadSeed } from "@/seed/load";
import { ensureSessionSecret } from "@/lib/auth/session-secret";
import { ensureDemoAdmin } from "@/lib/users/demo-admin";
import { webhookSettings } from "@/lib/webhooks/events";
import { startWebhookWorker } from "@/lib/webhooks/worker";
import { buildIsCurrent, recordBuild } from "./build-stamp";
import { serveNext } from "./serve-next";

const SHUTDOWN_GRACE_MS = 10_000;

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const step = (message: string) => console.log(`▸ ${message}`);

async function main() {
  const started = Date.now();
  let databaseUrl = process.env.DATABASE_URL;
  let stopDatabase = async () => {};
  if (databaseUrl) {
    step(`Database: PostgreSQL server from DATABASE_URL (${new URL(databaseUrl).host})`);
  } else {
    const dataDir = resolveDataDir();
    step(`Database: embedded PostgreSQL (PGlite) in ${dataDir}`);
    const embedded = await startEmbeddedDatabase(dataDir);
    databaseUrl = embedded.url;
    stopDatabase = () => embedded.stop();
  }

  const dataDir = process.env.DATABASE_URL ? null : resolveDataDir();
  try {
    // Sessions are signed with it; Next runs in this process and reads it from the environment.
    process.env.NEXTAUTH_SECRET = ensureSessionSecret(dataDir);
    const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
    step("Applying migrations");
    const applied = await applyMigrations(databaseUrl);
    console.log(applied.length ? `  applied ${applied.join(", ")}` : "  already up to date");

    const prisma = createPrismaClient(databaseUrl);
    try {
      if ((await prisma.talk.count()) === 0) {
        step("Empty database: loading the seed data");
        const report = await loadSeed(prisma);
        console.log(`  ${report.talks} talks, ${report.commitments} pledges, ${report.quotes} quotes, ` +
          `${report.evidence} evidence items, ${report.statusChanges} status changes`);
      } else {
        step("Database already holds data: seed skipped");
      }
      const demo = dataDir ? await ensureDemoAdmin(prisma, dataDir) : null;
      if (demo) step(`Demo admin created: ${demo.email} / ${demo.password} (shown once; change it under /admin/users)`);
    } finally {
      await prisma.$disconnect();
    }

    if (!dev) {
      if (buildIsCurrent()) {
        step("Production build is up to date");
      } else {
        step("Building the app (next build), first start or changed sources only");
        const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env });
        if (build.status !== 0) throw new Error("next build failed");
        recordBuild();
      }
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Next runs in this process, so the embedded database and the app live and die together:
  // no orphaned server holding the port, and shutdown drains requests before closing the data.
  const server = await serveNext({ dev, port: Number(port) });
  step(`Serving on http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  // Every instance delivers webhooks; the queue (lib/webhooks/queue.ts) shares the work out.
  const webhooks = webhookSettings();
  if (webhooks.allowPrivate) console.warn("  WEBHOOKS_ALLOW_PRIVATE=1: webhooks may go to http and private addresses (tests only)");
  const webhookDb = createPrismaClient(databaseUrl);
  const webhookWorker = startWebhookWorker(webhookDb, { connectionString: databaseUrl, settings: webhooks, baseUrl: publicBaseUrl() });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    step(`${signal}: finishing requests in flight, then stopping`);
    // Whatever the database or a client does, the process ends: an instance that stopped listening
    // but lived on would hold its resources and confuse whoever restarts it.
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS + 5_000).unref();
    // Deliveries in flight finish (each is bounded by its own timeout) while requests drain.
    const [drained] = await Promise.all([server.close(SHUTDOWN_GRACE_MS), webhookWorker.stop(SHUTDOWN_GRACE_MS)]);
    if (!drained) console.warn(`  requests still open after ${SHUTDOWN_GRACE_MS / 1000} s were cut`);
    await webhookDb.$disconnect().catch(() => {});
    await stopDatabase();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

/** The site's public address for the links in webhooks: NEXTAUTH_URL (behind a proxy), else this server. */
function publicBaseUrl(): string {
  const configured = process.env.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : `http://localhost:${port}`;
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
