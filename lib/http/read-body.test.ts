import { describe, expect, it } from "vitest";
import { readBodyText } from "./read-body";

/** A body sent in chunks without a Content-Length, recording how much of it was pulled. */
function chunkedRequest(chunkBytes: number, chunks: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  const request = new Request("http://localhost/", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulledChunks: () => pulled };
}

describe("readBodyText", () => {
  it("returns a body within the limit", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: '{"a":"é"}' });
    expect(await readBodyText(request, 100)).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "x".repeat(10), headers: { "content-length": "2000000" } });
    expect(await readBodyText(request, 1000)).toEqual({ ok: false, reason: "too_large" });
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a nonsense Content-Length", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "x", headers: { "content-length": "lots" } });
    expect(await readBodyText(request, 1000)).toEqual({ ok: false, reason: "too_large" });
  });

  it("stops reading a chunked body at the limit instead of buffering all of it", async () => {
    const { request, pulledChunks } = chunkedRequest(64 * 1024, 160); // 10 MB on offer
    expect(await readBodyText(request, 64 * 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(pulledChunks()).toBeLessThanOrEqual(3);
  });

  it("counts bytes, not characters", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "é".repeat(60) }); // 120 bytes
    expect((await readBodyText(request, 100)).ok).toBe(false);
  });
});
