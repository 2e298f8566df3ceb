// The delivery worker each app instance runs (started by server/start.ts): it polls the queue
// every few moments, attempts what is due, and on shutdown lets the attempts in flight finish
// (bounded by their own timeout) before the process closes the database.
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runDueDeliveries } from "./deliver";
import type { WebhookSettings } from "./events";
import { DUE_CHECK_SQL } from "./queue";

export interface WebhookWorker {
  /** Stops polling; resolves when the round in flight is done or after `graceMs`. */
  stop(graceMs: number): Promise<void>;
}

export function startWebhookWorker(
  db: PrismaClient,
  { connectionString, settings, baseUrl, log = console }: { connectionString: string; settings: WebhookSettings; baseUrl: string; log?: Pick<Console, "warn"> },
): WebhookWorker {
  const poll = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 3_000, idleTimeoutMillis: 0, statement_timeout: 3_000 });
  poll.on("error", () => {}); // a dropped idle connection: the next poll reconnects
  const isDue = async () => Boolean((await poll.query<{ due: boolean }>(DUE_CHECK_SQL)).rows[0]?.due);
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> = Promise.resolve();

  const tick = () => {
    timer = null;
    round = (async () => {
      let attempted = 0;
      try {
        if (await isDue()) attempted = await runDueDeliveries(db, { settings, baseUrl });
      } catch (error) {
        // The database may be briefly away (a restart): the next round tries again.
        log.warn(`webhooks: could not read the delivery queue: ${(error as Error).message}`);
      }
      // A full batch means more may be due: go on at once rather than wait a poll interval.
      if (!stopped) timer = setTimeout(tick, attempted > 0 ? 0 : settings.pollMs);
    })();
  };
  timer = setTimeout(tick, settings.pollMs);

  return {
    async stop(graceMs) {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.race([round, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      await poll.end().catch(() => {});
    },
  };
}
