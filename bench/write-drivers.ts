// The two ways to send a status update, both measured: the JSON route for analysts' tools
// (POST /api/admin/status-changes) and the admin page's server action, found by name in the
// build's server-reference manifest and called the way React's client calls it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type UpdateTarget = { id: number; slug: string; status: string; version: number; evidenceId: number | null; toStatus: string; note?: string };
export type UpdateOutcome = { ok: boolean; detail?: string };
export type StatusWriter = { kind: string; send(target: UpdateTarget): Promise<UpdateOutcome> };

export const STATUS_ROUTE = "/api/admin/status-changes";
const EFFECTIVE_ON = "2026-01-15";
const NOTE = "Benchmark status update.";

type ManifestEntry = { exportedName?: string; filename?: string; workers?: Record<string, unknown> };

/** The status action's id and the page that hosts it, e.g. /admin/commitments/[id]. */
export function findStatusAction(file = join(process.cwd(), ".next", "server", "server-reference-manifest.json")): { id: string; page: string } | null {
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, ManifestEntry> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (!/^record.*status.*action$/i.test(entry.exportedName ?? "") && !/status.*action$/i.test(entry.exportedName ?? "")) continue;
    const page = Object.keys(entry.workers ?? {}).find((worker) => /^app\/admin\/commitments\/\[[^\]]+\]\/page$/.test(worker))
      ?? Object.keys(entry.workers ?? {}).find((worker) => worker.endsWith("/page"));
    if (page) return { id, page: page.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") };
  }
  return null;
}

export function routeWriter(baseUrl: string, cookie: string): StatusWriter {
  return {
    kind: "route",
    async send(target) {
      // The admin form's fields, values as strings (the route parses them with the form's schema).
      const body = JSON.stringify({
        commitmentId: String(target.id), version: String(target.version), toStatus: target.toStatus, effectiveOn: EFFECTIVE_ON,
        note: target.note ?? NOTE, ...(target.evidenceId !== null ? { evidenceIds: String(target.evidenceId) } : {}),
      });
      const response = await fetch(`${baseUrl}${STATUS_ROUTE}`, {
        method: "POST", body, headers: { "Content-Type": "application/json", Cookie: cookie, Origin: baseUrl },
      });
      const text = await response.text();
      return response.ok ? { ok: true } : { ok: false, detail: `${response.status} ${text.slice(0, 160)}` };
    },
  };
}

// React's own encoder for server-action arguments (what the browser sends), from Next's copy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as { encodeReply(value: unknown): Promise<FormData | string> };

export function actionWriter(baseUrl: string, cookie: string, action: { id: string; page: string }): StatusWriter {
  return {
    kind: `server action ${action.id.slice(0, 10)}… on ${action.page}`,
    async send(target) {
      const form = new FormData();
      form.set("commitmentId", String(target.id));
      form.set("version", String(target.version));
      form.set("toStatus", target.toStatus);
      form.set("effectiveOn", EFFECTIVE_ON);
      form.set("note", target.note ?? NOTE);
      if (target.evidenceId !== null) form.set("evidenceIds", String(target.evidenceId));
      // useActionState actions take (previousState, formData).
      const body = await encodeReply([undefined, form]);
      const page = action.page.replace(/\[[^\]]+\]/, String(target.id));
      const response = await fetch(`${baseUrl}${page}`, {
        method: "POST", body, headers: { "Next-Action": action.id, Accept: "text/x-component", Cookie: cookie, Origin: baseUrl },
      });
      const text = await response.text();
      if (response.ok && /"ok":true/.test(text)) return { ok: true };
      const code = /"code":"([^"]+)"/.exec(text)?.[1];
      const message = /"message":"([^"]+)"/.exec(text)?.[1];
      return { ok: false, detail: `${response.status} ${code ?? ""} ${message ?? text.slice(0, 120)}`.trim() };
    },
  };
}
