// SIGTERM while requests are in flight: they complete and the process exits within its grace.
// The scenario makes its own in-flight requests, so that it knows they exist: each is a status
// update whose headers and first half of its body are sent before the signal and the rest after,
// so that the server is inside every one of them when it is told to stop.
import { connect, type Socket } from "node:net";
import { startApp } from "./app-process";
import { adminQuery } from "./postgres";
import type { Report } from "./report";
import { createAnalysts, signIn } from "./writers";

const GRACE_MS = 10_000;

interface HalfSent {
  socket: Socket;
  rest: string;
  answer: Promise<string>;
  note: string;
}

function sendHalf(port: number, cookie: string, body: string, note: string): Promise<HalfSent> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      const head = `POST /api/admin/status-changes HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nCookie: ${cookie}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
      const half = Math.floor(body.length / 2);
      socket.write(head + body.slice(0, half));
      let received = "";
      const answer = new Promise<string>((done) => {
        socket.on("data", (chunk) => (received += chunk.toString()));
        socket.on("close", () => done(received));
        socket.on("error", () => done(received));
      });
      resolve({ socket, rest: body.slice(half), answer, note });
    });
    socket.once("error", reject);
  });
}

export async function gracefulShutdown(report: Report, options: { databaseUrl: string; port: number; requests: number }) {
  const scenario = "shutdown";
  const app = await startApp({ DATABASE_URL: options.databaseUrl }, options.port);
  const [email] = await createAnalysts(options.databaseUrl, 1);
  const cookie = await signIn(app.baseUrl, email!, "resilience-analyst-password");
  const pledges = (await adminQuery(`SELECT id, version FROM "Commitment" ORDER BY id DESC LIMIT ${options.requests}`, options.databaseUrl)).rows;
  const stamp = Date.now();
  const inFlight = await Promise.all(
    pledges.map((pledge, i) => {
      const note = `shutdown in flight ${stamp} #${i}`;
      const body = JSON.stringify({
        commitmentId: String(pledge.id), version: String(pledge.version), toStatus: "IN_PROGRESS", effectiveOn: "2026-11-30", note,
        newEvidenceUrl: `https://example.org/shutdown/${stamp}/${i}`, newEvidenceTitle: note, newEvidencePublisher: "Shutdown test",
        newEvidencePublishedOn: "2026-11-30", newEvidenceSummary: "Sent across a SIGTERM.", newEvidenceStance: "CONTEXT",
      });
      return sendHalf(options.port, cookie, body, note);
    }),
  );
  // Let the server take them in (it has read their headers and waits for the rest), then stop it
  // the way a process manager does, and only then send the rest of each body.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const signalledAt = Date.now();
  app.signal("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const request of inFlight) request.socket.write(request.rest);
  const answers = await Promise.all(inFlight.map((request) => request.answer));
  const code = await Promise.race([app.exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), GRACE_MS + 5_000))]);
  const exitMs = Date.now() - signalledAt;
  if (code === "timeout") app.signal("SIGKILL");

  const statuses = answers.map((answer) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0));
  const written = await adminQuery(
    `SELECT s.note, (SELECT count(*)::int FROM "AuditLog" a WHERE a."after"->'statusChange'->>'id' = s.id::text) AS audits,
       (SELECT count(*)::int FROM "StatusChangeEvidence" se WHERE se."statusChangeId" = s.id) AS evidence
     FROM "StatusChange" s WHERE s.note LIKE 'shutdown in flight ${stamp} #%'`,
    options.databaseUrl,
  );
  const whole = written.rows.filter((row) => row.audits === 1 && row.evidence === 1).length;
  report.note(scenario, `${inFlight.length} status updates in flight at SIGTERM (half their body sent before it, half after): answers ${statuses.join(" ")}`);
  report.check(scenario, inFlight.length === options.requests && statuses.every((status) => status === 201), "every request in flight at SIGTERM completed (201)", statuses.filter((status) => status !== 201).join(", "));
  report.check(scenario, written.rows.length === inFlight.length && whole === inFlight.length, "each of them is in the history once, with its audit row and evidence", `${written.rows.length} changes, ${whole} whole`);
  report.check(scenario, code !== "timeout" && exitMs <= GRACE_MS + 2_000, `the process exited within its grace period (${GRACE_MS / 1000} s)`, `${exitMs} ms, exit code ${String(code)}`);
}
