// The server's cache of rendered public pages. Pages are rendered per request (they read cached
// data, but React still renders some hundred kilobytes of HTML each time); for anonymous document
// requests the same bytes are served again until this process commits a write, or the day
// changes ("overdue" depends on it). Writes bump the data generation; a page rendered while
// caches are still expiring after a write is not kept.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { currentDataGeneration, dataSettling } from "../db/data-generation";

interface CachedPage {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

const MAX_PAGES = 300;
const PUBLIC_PAGE = /^\/(?:$|\?|commitments(?:[/?]|$)|talks(?:[/?]|$)|methodology(?:\?|$))/;
const pages = new Map<string, CachedPage>();

function cacheKey(request: IncomingMessage): string | null {
  const url = request.url ?? "";
  const headers = request.headers;
  if (request.method !== "GET" || !PUBLIC_PAGE.test(url) || url.length > 2000) return null;
  // Client-side navigations and prefetches get RSC payloads that vary by router state.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers["next-action"]) return null;
  if (/session-token/.test(headers.cookie ?? "")) return null;
  const gzip = /\bgzip\b/.test(String(headers["accept-encoding"] ?? "")) ? "gz" : "id";
  return `${currentDataGeneration()}|${new Date().toISOString().slice(0, 10)}|${gzip}|${url}`;
}

/** Answers from the cache when it can (true); otherwise arranges for the response to be kept. */
export function servePageFromCache(request: IncomingMessage, response: ServerResponse): boolean {
  const key = cacheKey(request);
  if (!key) return false;
  const hit = pages.get(key);
  if (hit) {
    pages.delete(key);
    pages.set(key, hit); // most recently used last
    response.writeHead(hit.status, { ...hit.headers, "x-page-cache": "hit" });
    response.end(hit.body);
    return true;
  }
  captureInto(key, response);
  return false;
}

function captureInto(key: string, response: ServerResponse): void {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
  const settlingAtStart = dataSettling();
  response.once("finish", () => {
    const type = String(response.getHeader("content-type") ?? "");
    if (response.statusCode !== 200 || !type.startsWith("text/html") || settlingAtStart || dataSettling()) return;
    if (!key.startsWith(`${currentDataGeneration()}|`)) return; // a write landed while rendering
    pages.set(key, { status: 200, headers: response.getHeaders(), body: Buffer.concat(chunks) });
    while (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
  });
}
