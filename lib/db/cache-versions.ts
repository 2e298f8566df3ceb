// Every committed write bumps the version of the cache tag it affects; each instance's cache
// handler polls these versions (server/cache/tag-state.js) and expires what it cached before.
// Bumped as the transaction's last statement, so the bump commits (or rolls back) with the data.
// A tag has SHARDS rows and a write bumps one at random: the row stays locked until the commit,
// and with one row per tag every concurrent writer would queue behind every other's commit.
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";

const SHARDS = 32;

interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

export async function bumpCacheVersion(db: RawExecutor, tag: string = PUBLIC_DATA_TAG): Promise<void> {
  const row = `${tag}#${Math.floor(Math.random() * SHARDS)}`;
  await db.$executeRaw`INSERT INTO "CacheTagVersion" ("tag", "version") VALUES (${row}, 1)
    ON CONFLICT ("tag") DO UPDATE SET "version" = "CacheTagVersion"."version" + 1`;
}
