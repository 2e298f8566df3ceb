// The physical baseline for the dashboard: a bare node:http server answering every request with
// the very same bytes the app served for `/`. Run as its own process (like the app) so it does
// not share an event loop with the load generator: `tsx bench/static-server.ts <port> <file> <type>`.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";

const [port, file, contentType] = process.argv.slice(2);
const body = readFileSync(file!);
createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": contentType ?? "text/html; charset=utf-8", "Content-Length": body.length });
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
