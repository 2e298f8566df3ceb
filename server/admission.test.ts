import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { createAdmission } from "./admission";

// Stand-ins: admission only reads the response's "close" event and the start's promise.
const request = (id: number) => ({ id }) as unknown as IncomingMessage;
const response = () => new EventEmitter() as unknown as ServerResponse;

function harness(limit: number, queueLimit = 100) {
  const started: number[] = [];
  const refused: number[] = [];
  const shedNow = { on: false };
  const admission = createAdmission({
    limit,
    queueLimit,
    // Next still working on each started request: only its response closing frees the place.
    start: (req) => {
      started.push((req as unknown as { id: number }).id);
      return new Promise<void>(() => {});
    },
    shed: () => shedNow.on,
    refuse: (req) => refused.push((req as unknown as { id: number }).id),
  });
  return { admission, started, refused, shedNow };
}

describe("admission", () => {
  it("starts at most `limit` requests and the waiting ones in order of arrival", () => {
    const { admission, started } = harness(2);
    const responses = [1, 2, 3, 4].map((id) => {
      const res = response();
      admission.admit(request(id), res);
      return res;
    });
    expect(started).toEqual([1, 2]);
    expect(admission.waiting).toBe(2);
    responses[1]!.emit("close");
        expect(started).toEqual([1, 2, 3]);
    responses[0]!.emit("close");
        expect(started).toEqual([1, 2, 3, 4]);
    expect(admission.active).toBe(2);
  });

  it("skips a waiting request whose client left, and one that was answered instead (outage)", () => {
    const { admission, started, shedNow } = harness(1);
    const first = response();
    admission.admit(request(1), first);
        const gone = response();
    admission.admit(request(2), gone);
    admission.admit(request(3), response());
    admission.admit(request(4), response());
    gone.emit("close");
    shedNow.on = true;
    first.emit("close"); // 3 is shed when its turn comes; so would be 4
        expect(started).toEqual([1]);
    expect(admission.waiting).toBe(0);
    expect(admission.active).toBe(0);
  });

  it("refuses at once when the queue is full", () => {
    const { admission, started, refused } = harness(1, 1);
    admission.admit(request(1), response());
        for (const id of [2, 3]) admission.admit(request(id), response());
        expect(started).toEqual([1]);
    expect(refused).toEqual([3]);
  });

  it("frees a place when Next is done with a request, before its response closes", async () => {
    const started: number[] = [];
    let finishFirst!: () => void;
    const admission = createAdmission({
      limit: 1,
      start: (req) => {
        const id = (req as unknown as { id: number }).id;
        started.push(id);
        return id === 1 ? new Promise<void>((resolve) => (finishFirst = resolve)) : undefined;
      },
      shed: () => false,
      refuse: () => {},
    });
    admission.admit(request(1), response()); // its bytes still going out to a slow client
    admission.admit(request(2), response());
    expect(started).toEqual([1]);
    finishFirst();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2]);
  });

  it("lets a bypassing request (a streamed download) start without taking a place", () => {
    const started: number[] = [];
    const admission = createAdmission({
      limit: 1,
      start: (req) => void started.push((req as unknown as { id: number }).id),
      bypass: (req) => (req as unknown as { id: number }).id >= 10,
      shed: () => false,
      refuse: () => {},
    });
    admission.admit(request(1), response());
    admission.admit(request(10), response());
    admission.admit(request(11), response());
    admission.admit(request(2), response());
    expect(started).toEqual([1, 10, 11]);
    expect(admission.active).toBe(1);
    expect(admission.waiting).toBe(1);
  });
});
