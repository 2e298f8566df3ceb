// Serves the Next.js app from this process on a plain node:http server, so that shutdown can
// stop accepting, let requests in flight finish, and only then return.
import { createServer, ServerResponse, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, ListenOptions } from "node:net";
import next from "next";
import { parseTrustedProxies, stampClientAddress } from "./client-address";
import { answerPlainly } from "./plain-answer";
import { answerUnparsableRequests, answeredByRequestGuards } from "./request-guards";
import { createAdmission } from "./admission";
import { databaseRecentlyUnreachable, trackRequest, type RequestOutcome } from "../lib/db/availability";

export interface RunningServer {
  /** Stops accepting; resolves true when every open request finished within `graceMs`. */
  close(graceMs: number): Promise<boolean>;
}

/**
 * A page whose render failed because the database is unreachable would go out as 500 through
 * Next's error page; it is an outage, not a bug: say 503 and when to retry. Node lets a server
 * name the response class it creates (createServer's `ServerResponse` option); this one decides
 * the status as the head is written, whoever writes it.
 */
class OutageAwareResponse extends ServerResponse {
  outcome: RequestOutcome = { databaseFailed: false };

  override writeHead(statusCode: number, ...rest: unknown[]): this {
    let status = statusCode;
    if (status === 500 && (this.outcome.databaseFailed || databaseRecentlyUnreachable())) {
      this.setHeader("Retry-After", "5");
      status = 503;
    }
    return (super.writeHead as (code: number, ...more: unknown[]) => this)(status, ...rest);
  }
}

/**
 * While the database is known to be down, answer 503 at once instead of queueing every request
 * behind connection attempts that will fail (under load that queue made 503s slower than 5 s).
 * One request in each PROBE_INTERVAL_MS still goes through, so recovery is noticed by itself.
 */
const PROBE_INTERVAL_MS = 500;
let lastProbeAt = 0;

const UNAVAILABLE = {
  status: 503,
  code: "database_unavailable",
  title: "Temporarily unavailable",
  message: "The database is not reachable right now. Please try again shortly.",
  headers: { "Retry-After": "5" },
};

/** `mayProbe` false: the request is still waiting for its turn (admission.ts), so it cannot probe now. */
function answeredByOutageBreaker(request: IncomingMessage, response: ServerResponse, mayProbe = true): boolean {
  if (!databaseRecentlyUnreachable()) return false;
  const now = Date.now();
  if (mayProbe && now - lastProbeAt >= PROBE_INTERVAL_MS) {
    lastProbeAt = now;
    return false;
  }
  answerPlainly(request, response, UNAVAILABLE);
  return true;
}

const listen = (server: Server, options: ListenOptions) =>
  new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options, () => {
      server.off("error", reject);
      resolve();
    });
  });

/**
 * The pages and reads most visitors need first (a pledge page shares the list's and the API's
 * code). Not the talks: e2e/security/broken-database.spec.ts relies on nothing reading them at start.
 */
const WARM_UP_PATHS = ["/", "/commitments", "/api/stats", "/api/commitments?pageSize=1", "/api/health"];
const WARM_UP_TIMEOUT_MS = 15_000;

/**
 * Each route's code is loaded on its first request, and the public data is read into the cache on
 * its first miss: seconds of work that the first wave of visitors of a fresh instance would all
 * wait behind (measured at 200 readers: 20 requests unanswered within 15 s). So the server first
 * answers itself on a private loopback port, then opens the public one. A database that is down
 * makes this quick (503s) and the instance still starts.
 */
async function warmUp(server: Server): Promise<void> {
  await listen(server, { host: "127.0.0.1", port: 0 });
  const { port } = server.address() as AddressInfo;
  const started = Date.now();
  const answers = await Promise.allSettled(
    WARM_UP_PATHS.map(async (path) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(WARM_UP_TIMEOUT_MS) });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  const statuses = answers.map((answer) => (answer.status === "fulfilled" ? answer.value : "no answer"));
  console.log(`  warmed up in ${((Date.now() - started) / 1000).toFixed(1)} s (${statuses.join(", ")})`);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function serveNext({ dev, port }: { dev: boolean; port: number }): Promise<RunningServer> {
  let handle: (request: IncomingMessage, response: ServerResponse) => Promise<void> = async () => {
    throw new Error("request before the handlers were ready");
  };
  const trustedProxies = parseTrustedProxies();
  const admission = createAdmission({
    start: (request, response) => trackRequest((response as OutageAwareResponse).outcome, () => handle(request, response)),
    bypass: (request) => (request.url ?? "").startsWith("/api/export/"),
    shed: answeredByOutageBreaker,
    refuse: (request, response) =>
      answerPlainly(request, response, { status: 503, code: "busy", title: "Busy", message: "Too many requests are waiting. Please try again shortly.", headers: { "Retry-After": "5" } }),
  });
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  const server = createServer({ ServerResponse: OutageAwareResponse }, (request, response) => {
    inFlight++;
    response.on("close", () => {
      inFlight--;
      if (inFlight === 0) onIdle?.();
    });
    stampClientAddress(request, trustedProxies);
    // Next gzips answers for clients that ask (next.config.js), but not the exports: they stream
    // at COPY's pace, and gzip would cost the app's CPU per row (a proxy in front may compress them).
    if ((request.url ?? "").startsWith("/api/export/")) delete request.headers["accept-encoding"];
    if (answeredByRequestGuards(request, response)) return;
    if (answeredByOutageBreaker(request, response)) return;
    admission.admit(request, response);
  });
  answerUnparsableRequests(server);
  // Keep-alive sockets outlive requests; a graceful stop must not wait for idle ones.
  server.keepAliveTimeout = 5_000;
  // Next's documented custom-server API: the app, with this server for its upgrades and hostname.
  const app = next({ dev, dir: process.cwd(), port, hostname: "localhost", httpServer: server });
  await app.prepare();
  handle = app.getRequestHandler();
  if (!dev) await warmUp(server);
  // Node's default accept queue is 511 connections: a burst of readers arriving while the event
  // loop is busy overflows it, and the kernel drops their SYNs, which clients resend only after
  // 1, 3, 7, 15 s. The kernel caps it at net.core.somaxconn.
  await listen(server, { port, backlog: 4096 });
  return {
    async close(graceMs) {
      console.log(`  ${inFlight} request(s) in flight`);
      server.close();
      server.closeIdleConnections();
      const drained =
        inFlight === 0 ||
        (await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), graceMs);
          onIdle = () => {
            clearTimeout(timer);
            resolve(true);
          };
        }));
      server.closeAllConnections();
      return drained;
    },
  };
}
