-- State that every instance on this database shares.

-- One row per cache tag; every committed write bumps its version, and each instance polls the
-- table to expire its cached pages and reads (lib/db/cache-versions.ts, server/cache-handler.js).
CREATE TABLE "CacheTagVersion" (
    "tag" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CacheTagVersion_pkey" PRIMARY KEY ("tag")
);

-- rate-limiter-flexible's PostgreSQL store (its own column layout): the sign-in throttle.
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);
