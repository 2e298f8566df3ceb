// @ts-check
// Next's server cache (unstable_cache data and route responses), configured as
// `cacheHandler` in next.config.js. Entries live in this process's memory; which tags changed is
// shared through PostgreSQL (./tag-state.js), so that every instance on one database expires
// the same entries. Memory only, never the build's files: a page prerendered by `next build`
// holds whatever the build's database held, and must not be served for another database.
const { markTags, tagsVerdict, startPolling } = require("./tag-state");

const MAX_BYTES = 128 * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** @typedef {{ value: any, madeAt: number, tags: string[], cacheControl?: any, bytes: number }} Entry */
/** @type {{ entries: Map<string, Entry>, bytes: number, pendingSince: Map<string, number> }} */
const store = /** @type {any} */ (globalThis).__trackerCacheStore ??= { entries: new Map(), bytes: 0, pendingSince: new Map() };

/** @param {any} value */
function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  if (value.kind === "FETCH") return JSON.stringify(value.data ?? "").length;
  let bytes = 256;
  for (const part of [value.html, value.rscData, value.body]) if (part) bytes += part.length ?? String(part).length;
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) bytes += segment.length ?? 0;
  return bytes;
}

/** @param {string} key */
function forget(key) {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.bytes -= entry.bytes;
  store.entries.delete(key);
}

/**
 * A render that will be stored began at the first miss or stale read of its key; its entry is
 * dated from then, not from when it was stored, so that a write committed while it rendered
 * (its data possibly read before the commit) still makes it stale.
 * @param {string} key
 */
function noteRenderDue(key) {
  if (store.pendingSince.size > 10_000) store.pendingSince.clear(); // renders that never stored
  if (!store.pendingSince.has(key)) store.pendingSince.set(key, Date.now());
}

class TrackerCacheHandler {
  constructor() {
    if (process.env.NEXT_PHASE !== "phase-production-build") startPolling();
  }

  /**
   * @param {string} key
   * @param {{ kind: string, revalidate?: number | false, tags?: string[], softTags?: string[] }} ctx
   */
  async get(key, ctx) {
    const entry = store.entries.get(key);
    if (!entry) {
      noteRenderDue(key);
      return null;
    }
    store.entries.delete(key);
    store.entries.set(key, entry); // most recently used last
    const tags = ctx.kind === "FETCH" ? [...entry.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : entry.tags;
    const verdict = tagsVerdict(tags, entry.madeAt);
    if (verdict === "expired") {
      forget(key);
      noteRenderDue(key);
      return null;
    }
    let lastModified = entry.madeAt;
    if (verdict === "stale") {
      noteRenderDue(key);
      // Next judges staleness by age against the entry's revalidate time. Reported as just older
      // than that, the entry is served as it is while one fresh render runs in the background
      // (stale-while-revalidate), instead of every reader waiting for a render.
      const revalidate = ctx.kind === "FETCH" ? ctx.revalidate || entry.value?.revalidate : entry.cacheControl?.revalidate;
      lastModified = Date.now() - (typeof revalidate === "number" ? revalidate : ONE_YEAR_S) * 1000 - 1_000;
    }
    return { value: entry.value, lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ tags?: string[], cacheControl?: any }} ctx
   */
  async set(key, value, ctx) {
    const madeAt = store.pendingSince.get(key) ?? Date.now();
    store.pendingSince.delete(key);
    forget(key);
    const tags = value?.kind === "FETCH" ? ctx.tags ?? [] : tagsOf(value);
    const entry = { value, madeAt, tags, cacheControl: ctx.cacheControl, bytes: sizeOf(value) };
    store.entries.set(key, entry);
    store.bytes += entry.bytes;
    while (store.bytes > MAX_BYTES && store.entries.size > 1) forget(/** @type {string} */ (store.entries.keys().next().value));
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    markTags(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}

module.exports = TrackerCacheHandler;
