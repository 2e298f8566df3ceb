// Every committed write bumps the version of the cache tag it affects; each instance's cache
// handler polls these versions (server/cache/tag-state.js) and expires what it cached before.
// Bumped as the transaction's last statement, so the row lock is held only until its commit
// and the bump commits (or rolls back) with the data.
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";

interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

export async function bumpCacheVersion(db: RawExecutor, tag: string = PUBLIC_DATA_TAG): Promise<void> {
  await db.$executeRaw`INSERT INTO "CacheTagVersion" ("tag", "version") VALUES (${tag}, 1)
    ON CONFLICT ("tag") DO UPDATE SET "version" = "CacheTagVersion"."version" + 1`;
}
