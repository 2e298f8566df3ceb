// One HTTP POST of a delivery: to the address the target check pinned, with a timeout, no
// redirect followed (node's http client follows none), and only an excerpt of the answer kept.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { WebhookTarget } from "./target";

export interface SendResult {
  statusCode: number;
  excerpt: string;
}

const EXCERPT_CHARS = 500;
const MAX_READ_BYTES = 64 * 1024;

export function postJson(target: WebhookTarget, body: string, headers: Record<string, string>, timeoutMs: number): Promise<SendResult> {
  // The connection goes to the checked address whatever DNS answers now; TLS still checks the
  // certificate against the URL's host name.
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target.url,
      {
        method: "POST",
        lookup: pinned,
        agent: false,
        headers: { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), "User-Agent": "pledge-tracker-webhooks/1" },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          if (read < MAX_READ_BYTES) chunks.push(chunk);
          read += chunk.length;
          if (read >= MAX_READ_BYTES) response.destroy();
        });
        const finish = () => resolve({ statusCode: response.statusCode ?? 0, excerpt: Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS) });
        response.on("end", finish);
        response.on("close", finish);
        response.on("error", finish);
      },
    );
    // The whole exchange, not only the idle time between packets, is bounded.
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on("error", reject);
    request.end(body);
  });
}
