// @ts-check
// When each cache tag last changed, as this process knows it. Two sources feed it: this process's
// own revalidateTag() calls (at once), and the version table every committed write bumps
// (prisma "CacheTagVersion"), polled so that a write on any instance, or by `npm run db:seed` /
// `data:import`, reaches this one within a poll interval. Polling a table, not LISTEN/NOTIFY:
// the embedded database (PGlite behind its socket server) does not deliver notifications, and a
// version read after an outage still shows every change missed meanwhile.
const { Pool } = require("pg");

const POLL_INTERVAL_MS = 100; // one indexed read of a few rows: cheap, and well inside the 1 s promise

/** @typedef {{ stale: number, expired?: number }} TagMark */

/**
 * Kept on globalThis: Next may load this module more than once, and every copy must see the
 * same marks and run one poller.
 * @type {{ marks: Map<string, TagMark>, versions: Map<string, string> | null, poller?: NodeJS.Timeout }}
 */
const state = /** @type {any} */ (globalThis).__trackerCacheTagState ??= { marks: new Map(), versions: null };

/**
 * revalidateTag(tag, profile) marks the tag stale now (entries made before are served while one
 * fresh render runs); with an `expire` it also expires them then; with no profile (updateTag) at once.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
function markTags(tags, durations, now = Date.now()) {
  for (const tag of tags) {
    const mark = { ...state.marks.get(tag) };
    if (durations) {
      mark.stale = now;
      if (durations.expire !== undefined) mark.expired = now + durations.expire * 1000;
    } else {
      mark.stale = now;
      mark.expired = now;
    }
    state.marks.set(tag, /** @type {TagMark} */ (mark));
  }
}

/**
 * "stale" when a tag changed after the entry was made, "expired" when it must not be served.
 * @param {string[]} tags
 * @param {number} madeAt
 * @returns {"fresh" | "stale" | "expired"}
 */
function tagsVerdict(tags, madeAt, now = Date.now()) {
  let verdict = /** @type {"fresh" | "stale" | "expired"} */ ("fresh");
  for (const tag of tags) {
    const mark = state.marks.get(tag);
    if (!mark) continue;
    if (mark.expired !== undefined && mark.expired <= now && mark.expired > madeAt) return "expired";
    if (mark.stale > madeAt) verdict = "stale";
  }
  return verdict;
}

/** @param {Pool} pool */
async function pollOnce(pool) {
  const { rows } = await pool.query('SELECT "tag", "version"::text AS "version" FROM "CacheTagVersion"');
  const seen = new Map(rows.map((row) => [String(row.tag), String(row.version)]));
  const previous = state.versions;
  state.versions = seen;
  // The first read only learns where things stand: this process has cached nothing older.
  if (!previous) return;
  // Rows are "tag#shard" (lib/db/cache-versions.ts): any changed shard changes its tag.
  const changed = new Set([...seen].filter(([row, version]) => previous.get(row) !== version).map(([row]) => row.split("#")[0] ?? row));
  if (changed.size) markTags([...changed], { expire: 365 * 24 * 60 * 60 });
}

/** Starts the poller once per process; a failed poll (database down) is retried on the next tick. */
function startPolling(connectionString = process.env.DATABASE_URL) {
  if (state.poller || !connectionString) return;
  const pool = new Pool({ connectionString, max: 1, connectionTimeoutMillis: 3_000, idleTimeoutMillis: 0, statement_timeout: 3_000 });
  pool.on("error", () => {}); // a dropped idle connection: the next poll reconnects
  let running = false;
  state.poller = setInterval(() => {
    if (running) return;
    running = true;
    pollOnce(pool).catch(() => {}).finally(() => { running = false; });
  }, POLL_INTERVAL_MS);
  state.poller.unref();
}

module.exports = { markTags, tagsVerdict, startPolling, POLL_INTERVAL_MS };
