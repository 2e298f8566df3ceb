// Answers the HTTP server gives itself, without Next: same security headers, the app's JSON error
// shape for the API (and for server actions, whose callers read no HTML), a small page otherwise.
import type { IncomingMessage, ServerResponse } from "node:http";
import { securityHeaders } from "../lib/http/security-headers.js";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function answerPlainly(
  request: IncomingMessage,
  response: ServerResponse,
  { status, code, title, message, headers = {} }: { status: number; code: string; title: string; message: string; headers?: Record<string, string> },
): void {
  for (const { key, value } of securityHeaders()) response.setHeader(key, value);
  response.setHeader("Cache-Control", "no-store");
  for (const [key, value] of Object.entries(headers)) response.setHeader(key, value);
  if ((request.url ?? "").startsWith("/api/") || request.headers["next-action"]) {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ error: { code, message } }));
  } else {
    response.writeHead(status, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`);
  }
}
