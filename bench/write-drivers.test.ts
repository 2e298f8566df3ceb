import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionWriter, findStatusAction } from "./write-drivers";

describe("findStatusAction", () => {
  it("finds the status action's id and its pledge page in the build's manifest", () => {
    expect(findStatusAction(join(__dirname, "fixtures", "server-reference-manifest.json"))).toEqual({ id: "7f7f5277", page: "/admin/commitments/[id]" });
    expect(findStatusAction("/no/such/manifest.json")).toBeNull();
  });
});

// A stand-in for Next's action endpoint: decodes the multipart body React's encoder produced.
let received: { url?: string; headers: Record<string, unknown>; form?: FormData } = { headers: {} };
let server: Server;
let baseUrl = "";
beforeAll(async () => {
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = await new Response(Buffer.concat(chunks), { headers: { "content-type": request.headers["content-type"]! } }).formData();
    received = { url: request.url, headers: request.headers, form };
    const ok = form.get("_1_version") === "3";
    response.writeHead(200, { "Content-Type": "text/x-component" });
    response.end(ok ? '0:{"a":"$@1"}\n1:{"ok":true,"message":"Status recorded."}\n' : '0:{"a":"$@1"}\n1:{"ok":false,"code":"conflict","message":"Someone else saved first."}\n');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("actionWriter", () => {
  const writer = () => actionWriter(baseUrl, "next-auth.session-token=s", { id: "7f7f5277", page: "/admin/commitments/[id]" });
  const target = { id: 12, slug: "bench-12", status: "ANNOUNCED", version: 3, evidenceId: 40, toStatus: "IN_PROGRESS" };

  it("posts (previousState, formData) to the pledge's page with the action id, origin and cookie", async () => {
    expect(await writer().send(target)).toEqual({ ok: true });
    expect(received.url).toBe("/admin/commitments/12");
    expect(received.headers).toMatchObject({ "next-action": "7f7f5277", origin: baseUrl, cookie: "next-auth.session-token=s" });
    expect(received.form!.get("0")).toBe('["$undefined","$K1"]');
    expect(Object.fromEntries([...received.form!.entries()].filter(([key]) => key.startsWith("_1_")))).toEqual({
      _1_commitmentId: "12", _1_version: "3", _1_toStatus: "IN_PROGRESS", _1_effectiveOn: "2026-01-15", _1_note: "Benchmark status update.", _1_evidenceIds: "40",
    });
  });

  it("reports the action's refusal with its code and message", async () => {
    expect(await writer().send({ ...target, version: 2 })).toEqual({ ok: false, detail: "200 conflict Someone else saved first." });
  });
});
