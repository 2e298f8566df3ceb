// Every committed write bumps the version of the cache tag it affects; each instance's cache
// handler polls these versions (server/cache/tag-state.js) and expires what it cached before.
// Bumped as the transaction's last statement, so the bump commits (or rolls back) with the data.
// A tag has SHARDS rows and a write bumps one at random: the row stays locked until the commit,
// and with one row per tag every concurrent writer would queue behind every other's commit.
// The upsert itself is the database function bump_cache_version (migration 20261201170000).
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";

const SHARDS = 32;

interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

/** The row a write bumps: "tag#shard". */
export function cacheVersionRow(tag: string = PUBLIC_DATA_TAG): string {
  return `${tag}#${Math.floor(Math.random() * SHARDS)}`;
}

export async function bumpCacheVersion(db: RawExecutor, tag: string = PUBLIC_DATA_TAG): Promise<void> {
  await db.$executeRaw`SELECT "bump_cache_version"(${cacheVersionRow(tag)}::text)`;
}
