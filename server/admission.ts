// How many requests Next works on at once; the rest wait here, first come first served.
//
// Measured under the resilience suite (200 readers, 20 writers, 2 cores): with every request
// handed to Next at once, 80-150 were in progress together and the event loop ran at 100 %. One
// turn of the loop then took 0.3-1.3 s (it runs a slice of every request in progress), so
// everything that needs several turns crawled: a pooled connection was held for seconds per
// query (10 busy, 30-100 waiting, so waits past the pool's 3 s timeout, answered 503), and new
// connections were accepted one per turn (libuv >= 1.45 accepts once per turn, libuv/libuv#3696):
// 1-3 a second while about 100 sat in the kernel's accept queue until their clients gave up at
// 15 s, in bursts 15 s apart as each wave of timed-out readers reconnected. Here a waiting
// request costs nothing, keeps its place, and the pool is never oversubscribed.
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Below the pool's 10 connections (so a started request never queues for one) and enough to
 * keep one core busy while some wait on the database. 200 readers for 20 s, same machine and
 * load: no limit answered 426 requests and 72 timed out (15 s); a limit of 8 answered 502 and 5.
 */
export const ACTIVE_LIMIT = 8;
/** Beyond this many waiting, a request is refused at once (503) rather than queued for long. */
export const QUEUE_LIMIT = 2_000;
const SWEEP_INTERVAL_MS = 100;

interface Waiting {
  request: IncomingMessage;
  response: ServerResponse;
  gone: boolean;
}

export interface Admission {
  /** Runs `start` now or when a place frees, in order of arrival; `refuse` answers when the queue is full. */
  admit(request: IncomingMessage, response: ServerResponse): void;
  readonly active: number;
  readonly waiting: number;
}

export function createAdmission(options: {
  /** Hands the request to Next; the place frees when its promise settles or the response closes. */
  start: (request: IncomingMessage, response: ServerResponse) => Promise<unknown> | void;
  /**
   * Requests that never wait here: streamed downloads, whose handler lasts as long as the client
   * takes to read (eight slow downloads would otherwise hold every place). They have their own
   * connection limit (lib/exports).
   */
  bypass?: (request: IncomingMessage) => boolean;
  /**
   * Answers a waiting request itself (true) when it should not wait any longer: the database is
   * down. `mayProbe`: the request is about to start, and may be the one that tries the database.
   */
  shed: (request: IncomingMessage, response: ServerResponse, mayProbe: boolean) => boolean;
  refuse: (request: IncomingMessage, response: ServerResponse) => void;
  limit?: number;
  queueLimit?: number;
}): Admission {
  const limit = options.limit ?? ACTIVE_LIMIT;
  const queueLimit = options.queueLimit ?? QUEUE_LIMIT;
  let active = 0;
  const queue: Waiting[] = [];

  const begin = (request: IncomingMessage, response: ServerResponse) => {
    active++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      active--;
      pump();
    };
    // Whichever comes first: Next is done with it (the bytes may still be on their way to a slow
    // client, which must not hold a place), or the client went away.
    response.once("close", release);
    void Promise.resolve(options.start(request, response)).finally(release);
  };

  function pump() {
    while (queue.length && active < limit) {
      const next = queue.shift()!;
      if (next.gone || options.shed(next.request, next.response, true)) continue;
      begin(next.request, next.response);
    }
  }

  // An outage that begins while requests wait: they get their 503 now, not after their turn
  // (the suite's promise is a 503 within 5 s of sending), and a client that left is dropped.
  const sweep = setInterval(() => {
    if (!queue.length) return;
    for (let i = queue.length - 1; i >= 0; i--) {
      const entry = queue[i]!;
      if (entry.gone || options.shed(entry.request, entry.response, false)) queue.splice(i, 1);
    }
  }, SWEEP_INTERVAL_MS);
  sweep.unref();

  return {
    admit(request, response) {
      if (options.bypass?.(request)) return void options.start(request, response);
      if (active < limit && !queue.length) return begin(request, response);
      if (queue.length >= queueLimit) return options.refuse(request, response);
      const entry: Waiting = { request, response, gone: false };
      response.once("close", () => (entry.gone = true));
      queue.push(entry);
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
