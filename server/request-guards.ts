// Requests refused before Next sees them, because Next would answer them with a bare 500 (no
// security headers, nothing the caller can act on): a path that is not valid percent-encoding,
// and a server action body over Next's limit.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { securityHeaders } from "../lib/http/security-headers.js";
import { answerPlainly } from "./plain-answer";

/** Next's default `serverActions.bodySizeLimit` (next.config.js sets none): 1 MB. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

function pathIsDecodable(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every POST outside /api/ is a server action (with JS it names itself in Next-Action; a form
 * posted without JS names it in a field). Next reads such a body up to its limit and then fails
 * with a 500; the declared length settles it first. A body without a declared length (chunked)
 * is refused with 411: browsers always declare it for actions.
 */
function actionBodyProblem(request: IncomingMessage): "too_large" | "length_required" | null {
  if (request.method !== "POST" || (request.url ?? "").startsWith("/api/")) return null;
  const declared = request.headers["content-length"];
  if (declared === undefined) return request.headers["transfer-encoding"] ? "length_required" : null;
  return Number(declared) > ACTION_BODY_LIMIT_BYTES ? "too_large" : null;
}

/**
 * The refused body is read and dropped, not kept: closing the connection at once would reset it
 * under a client that is still sending, which then sees a network error instead of the answer.
 * A client that goes on far past any form's size is cut off.
 */
const DISCARD_LIMIT_BYTES = 16 * ACTION_BODY_LIMIT_BYTES;

function discardBody(request: IncomingMessage): void {
  let discarded = 0;
  request.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) request.socket.destroy();
  });
  request.resume();
}

/** TRACE (and Microsoft's TRACK) echo the request back, cookies included: never served. */
const REFUSED_METHODS = new Set(["TRACE", "TRACK"]);

/** Answers the request itself when it must be refused (true); false lets Next handle it. */
export function answeredByRequestGuards(request: IncomingMessage, response: ServerResponse): boolean {
  // Any client can send X-Forwarded-Host; Next would then judge a server action's Origin against
  // it (and answer a mismatch with a 500). This site is the one named by Host (lib/auth/origin.ts).
  delete request.headers["x-forwarded-host"];
  if (REFUSED_METHODS.has(request.method ?? "")) {
    answerPlainly(request, response, { status: 405, code: "method_not_allowed", title: "Method not allowed", message: "This method is not served.", headers: { Allow: "GET, HEAD, POST" } });
    return true;
  }
  if (!pathIsDecodable(request.url ?? "/")) {
    answerPlainly(request, response, { status: 400, code: "bad_request", title: "Bad request", message: "The address is not valid: it has a broken %-escape." });
    return true;
  }
  const problem = actionBodyProblem(request);
  if (!problem) return false;
  discardBody(request);
  answerPlainly(request, response, problem === "too_large"
    ? { status: 413, code: "payload_too_large", title: "Too large", message: `The form sent is too large: at most ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB is accepted. Shorten the text or attach less, then send it again.` }
    : { status: 411, code: "length_required", title: "Length required", message: "Send the form with a Content-Length." });
  return true;
}

/**
 * Node refuses requests it cannot parse (e.g. a 10 MB URL: 431) by writing a bare status line and
 * closing. Say the same with the security headers and a reason.
 */
export function answerUnparsableRequests(server: Server): void {
  const answered = new WeakSet<object>();
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    // More of the same request can raise this again: it has had its answer.
    if (answered.has(socket)) return;
    if (!socket.writable || (error.code !== "HPE_HEADER_OVERFLOW" && error.code !== "HPE_INVALID_METHOD" && error.code !== "HPE_INVALID_URL")) {
      socket.destroy();
      return;
    }
    // Node's parser does not know TRACK: it is refused like TRACE, with a 405.
    const track = error.code === "HPE_INVALID_METHOD" && /^TRACK /.test(String((error as { rawPacket?: Buffer }).rawPacket ?? ""));
    const [status, reason, message, code] = error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "Request Header Fields Too Large", "The address or the headers are too long.", "request_too_long"]
      : track
        ? [405, "Method Not Allowed", "This method is not served.", "method_not_allowed"]
        : [400, "Bad Request", "The request could not be read.", "bad_request"];
    const body = JSON.stringify({ error: { code, message } });
    const headers = securityHeaders().map(({ key, value }) => `${key}: ${value}\r\n`).join("");
    // As above: read and drop what the client is still sending, so that it gets to read this
    // (and take the socket from Node's parser, which would only fail on it again).
    answered.add(socket);
    socket.removeAllListeners("data");
    let discarded = 0;
    socket.on("data", (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > DISCARD_LIMIT_BYTES) socket.destroy();
    });
    socket.resume();
    setTimeout(() => socket.destroy(), 10_000).unref();
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${track ? "Allow: GET, HEAD, POST\r\n" : ""}Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`);
  });
}
