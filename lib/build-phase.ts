import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * True while `next build` prerenders pages. Public pages are cached whole (ISR) and expired by
 * tag; what the build would prerender comes from whatever database it can reach, if any, and is
 * never served (server/cache/handler.js keeps only what this process rendered from the database
 * it serves). So those pages render nothing at build time, and the build needs no database.
 */
export function isBuildPrerender(): boolean {
  return process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
}
