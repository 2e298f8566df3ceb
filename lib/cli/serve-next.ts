// Serves the Next.js app from this process on a plain node:http server, so that shutdown can
// stop accepting, let requests in flight finish, and only then return.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
// The same request handlers `next start` builds (router server included: the on-demand
// revalidation of cached data lives there; `next()`'s plain handler skips it).
import { getRequestHandlers } from "next/dist/server/lib/start-server";
import { parseTrustedProxies, stampClientAddress } from "../../server/client-address";
import { answerPlainly } from "./plain-answer";
import { answerUnparsableRequests, answeredByRequestGuards } from "./request-guards";
import { databaseRecentlyUnreachable, trackRequest, type RequestOutcome } from "../db/availability";

export interface RunningServer {
  /** Stops accepting; resolves true when every open request finished within `graceMs`. */
  close(graceMs: number): Promise<boolean>;
}

/**
 * A page whose render failed because the database is unreachable would go out as 500 through
 * Next's error page; it is an outage, not a bug: say 503 and when to retry.
 */
function answerOutagesWith503(response: ServerResponse, outcome: RequestOutcome): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (statusCode === 500 && (outcome.databaseFailed || databaseRecentlyUnreachable())) {
      response.setHeader("Retry-After", "5");
      return writeHead(503, ...rest);
    }
    return writeHead(statusCode, ...rest);
  }) as ServerResponse["writeHead"];
}

/**
 * While the database is known to be down, answer 503 at once instead of queueing every request
 * behind connection attempts that will fail (under load that queue made 503s slower than 5 s).
 * One request in each PROBE_INTERVAL_MS still goes through, so recovery is noticed by itself.
 */
const PROBE_INTERVAL_MS = 500;
let lastProbeAt = 0;

function answeredByOutageBreaker(request: IncomingMessage, response: ServerResponse): boolean {
  if (!databaseRecentlyUnreachable()) return false;
  const now = Date.now();
  if (now - lastProbeAt >= PROBE_INTERVAL_MS) {
    lastProbeAt = now;
    return false;
  }
  answerPlainly(request, response, {
    status: 503,
    code: "database_unavailable",
    title: "Temporarily unavailable",
    message: "The database is not reachable right now. Please try again shortly.",
    headers: { "Retry-After": "5" },
  });
  return true;
}

export async function serveNext({ dev, port }: { dev: boolean; port: number }): Promise<RunningServer> {
  let handle: (request: IncomingMessage, response: ServerResponse) => Promise<void> = async () => {
    throw new Error("request before the handlers were ready");
  };
  const trustedProxies = parseTrustedProxies();
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  const server = createServer((request, response) => {
    inFlight++;
    response.on("close", () => {
      inFlight--;
      if (inFlight === 0) onIdle?.();
    });
    stampClientAddress(request, trustedProxies);
    if (answeredByRequestGuards(request, response)) return;
    if (answeredByOutageBreaker(request, response)) return;
    const outcome: RequestOutcome = { databaseFailed: false };
    answerOutagesWith503(response, outcome);
    void trackRequest(outcome, () => handle(request, response));
  });
  answerUnparsableRequests(server);
  // Keep-alive sockets outlive requests; a graceful stop must not wait for idle ones.
  server.keepAliveTimeout = 5_000;
  ({ requestHandler: handle } = await getRequestHandlers({
    dir: process.cwd(),
    port,
    isDev: dev,
    server,
    onDevServerCleanup: undefined,
    keepAliveTimeout: server.keepAliveTimeout,
  }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
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
