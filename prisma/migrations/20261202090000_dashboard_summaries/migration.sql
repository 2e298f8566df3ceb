-- The dashboard without scanning the history (issue 13). Rebuilding the status-over-time chart
-- from 500,000 status changes took about 2 s, and the other charts each counted all 20,000
-- pledges (or 60,000 quotes) per request. These tables hold what the charts count, kept current
-- by the triggers below IN THE WRITING TRANSACTION, so every write path (record_status_change,
-- admin edits of kind/archived/status/deadline, quotes, the seed, data:import, the bench's bulk
-- loader) keeps them exact without the app's code having to remember, and the dashboard reads a
-- few hundred rows. The triggers are per statement with transition tables: a 20,000-row INSERT
-- updates each summary once, set-based, not 20,000 times.
--
-- Each summary keeps the pledge's own "kind" and "archived" instead of a "counted" flag: which
-- pledges count is written once, in lib/commitments/rules.ts, and applied when reading.

-- CreateTable
CREATE TABLE "CommitmentCount" (
    "categoryId" INTEGER NOT NULL,
    "committedBy" "CommittingSide" NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "reviewed" BOOLEAN NOT NULL,
    "shard" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CommitmentCount_pkey" PRIMARY KEY ("categoryId","committedBy","kind","archived","status","reviewed","shard")
);

-- CreateTable
CREATE TABLE "DeadlineMonthCount" (
    "deadline" DATE NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "shard" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DeadlineMonthCount_pkey" PRIMARY KEY ("deadline","kind","archived","status","shard")
);

-- CreateTable
CREATE TABLE "StatusMonthDelta" (
    "month" DATE NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "shard" SMALLINT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "StatusMonthDelta_pkey" PRIMARY KEY ("month","status","kind","archived","shard")
);

-- CreateTable
CREATE TABLE "TalkPledgeCount" (
    "talkId" INTEGER NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "TalkPledgeCount_pkey" PRIMARY KEY ("talkId","kind","archived")
);

-- CreateIndex
CREATE INDEX "StatusChange_recordedAt_id_idx" ON "StatusChange"("recordedAt", "id");

-- AddForeignKey
ALTER TABLE "TalkPledgeCount" ADD CONSTRAINT "TalkPledgeCount_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The shard a transaction writes its summary rows in. A summary row is locked from its update to
-- the commit, and most concurrent status changes move the same few rows (this month, the same
-- statuses): with one row each, 20 analysts' writes would queue behind each other's commits.
-- Instead each writing transaction takes the first free shard (a transaction-level advisory
-- lock, tried without waiting) and keeps it to its commit, so concurrent writers never update the
-- same row, and rows in other shards than 0 exist only where writers actually overlapped (reads
-- sum a few rows per key, not 32). When all shards are busy it waits for a random one. Advisory
-- keys (740013, n) are this function's own (lib/users/mutations.ts uses the one-key form).
CREATE FUNCTION "summary_shard"() RETURNS smallint LANGUAGE plpgsql AS $$
DECLARE
  v_shard integer := nullif(current_setting('tracker.summary_shard', true), '')::integer;
BEGIN
  IF v_shard IS NULL THEN
    FOR n IN 0..31 LOOP
      IF pg_try_advisory_xact_lock(740013, n) THEN
        v_shard := n;
        EXIT;
      END IF;
    END LOOP;
    IF v_shard IS NULL THEN
      v_shard := floor(random() * 32)::integer;
      PERFORM pg_advisory_xact_lock(740013, v_shard);
    END IF;
    PERFORM set_config('tracker.summary_shard', v_shard::text, true); -- until this transaction ends
  END IF;
  RETURN v_shard;
END;
$$;

-- What a set of status histories adds to the status-over-time chart: each change holds from its
-- effective date until the pledge's next change (same order as the history: effectiveOn, id), so
-- it adds +1 to its status in its first month and −1 in the month the next change takes over. A
-- change superseded on the same day holds at no month's end: it adds nothing. The arguments are
-- the changes' columns side by side (a trigger's transition table cannot be passed as a table).
CREATE FUNCTION "status_history_deltas"(
  p_commitment_ids integer[], p_ids integer[], p_statuses "CommitmentStatus"[], p_effective date[]
) RETURNS TABLE ("commitmentId" integer, "month" date, "status" "CommitmentStatus", "delta" integer)
LANGUAGE sql IMMUTABLE AS $$
  WITH intervals AS (
    SELECT c.commitment_id, c.status, c.effective_on AS valid_from,
           lead(c.effective_on) OVER (PARTITION BY c.commitment_id ORDER BY c.effective_on, c.id) AS valid_to
    FROM unnest(p_commitment_ids, p_ids, p_statuses, p_effective) AS c(commitment_id, id, status, effective_on)
  )
  SELECT commitment_id, date_trunc('month', valid_from)::date, status, 1
  FROM intervals WHERE valid_to IS NULL OR valid_to > valid_from
  UNION ALL
  SELECT commitment_id, date_trunc('month', valid_to)::date, status, -1
  FROM intervals WHERE valid_to > valid_from;
$$;

-- New status changes: each affected pledge's contribution is computed from its whole history
-- with and without the new rows, and the difference is added. The history is append-only, so
-- "without the new rows" is exactly what it contributed before (back-dated changes included).
CREATE FUNCTION "status_changes_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- LATERAL: each affected pledge's history through the (commitmentId, effectiveOn, id) index; a
  -- plain IN (…) let the planner scan the whole history for every 20,000-row batch of a bulk load.
  WITH history AS (
    SELECT sc."commitmentId", sc."id", sc."toStatus", sc."effectiveOn", (n."id" IS NOT NULL) AS is_new
    FROM (SELECT DISTINCT "commitmentId" FROM new_rows) affected
    CROSS JOIN LATERAL (SELECT * FROM "StatusChange" s WHERE s."commitmentId" = affected."commitmentId") sc
    LEFT JOIN new_rows n ON n."id" = sc."id"
  ),
  after_and_before AS (
    SELECT array_agg("commitmentId") AS c, array_agg("id") AS i, array_agg("toStatus") AS s, array_agg("effectiveOn") AS e,
           array_agg("commitmentId") FILTER (WHERE NOT is_new) AS bc, array_agg("id") FILTER (WHERE NOT is_new) AS bi,
           array_agg("toStatus") FILTER (WHERE NOT is_new) AS bs, array_agg("effectiveOn") FILTER (WHERE NOT is_new) AS be
    FROM history
  ),
  deltas AS (
    SELECT d.* FROM after_and_before h, "status_history_deltas"(h.c, h.i, h.s, h.e) d
    UNION ALL
    SELECT d."commitmentId", d."month", d."status", -d."delta" FROM after_and_before h, "status_history_deltas"(h.bc, h.bi, h.bs, h.be) d
  )
  INSERT INTO "StatusMonthDelta" AS t ("month", "status", "kind", "archived", "shard", "delta")
  SELECT d."month", d."status", c."kind", c."archived", "summary_shard"(), sum(d."delta")
  FROM deltas d JOIN "Commitment" c ON c."id" = d."commitmentId"
  GROUP BY d."month", d."status", c."kind", c."archived"
  HAVING sum(d."delta") <> 0
  ORDER BY 1, 2, 3, 4 -- one order for every writer: no deadlock when two share a shard
  ON CONFLICT ("month", "status", "kind", "archived", "shard") DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "StatusChange_summarize"
  AFTER INSERT ON "StatusChange" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "status_changes_summarize"();

-- Pledges leaving (p_old) and entering (p_new) the counts. An update passes both, so a row whose
-- counted columns did not change (a review, a title edit) cancels out and writes nothing.
CREATE FUNCTION "commitment_counts_apply"(p_old "Commitment"[], p_new "Commitment"[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH signed AS (
    SELECT r.*, -1 AS sign FROM unnest(p_old) r
    UNION ALL
    SELECT r.*, 1 FROM unnest(p_new) r
  )
  INSERT INTO "CommitmentCount" AS t ("categoryId", "committedBy", "kind", "archived", "status", "reviewed", "shard", "count")
  SELECT "categoryId", "committedBy", "kind", "archived", "status", "reviewedOn" IS NOT NULL, "summary_shard"(), sum(sign)
  FROM signed
  GROUP BY "categoryId", "committedBy", "kind", "archived", "status", "reviewedOn" IS NOT NULL
  HAVING sum(sign) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("categoryId", "committedBy", "kind", "archived", "status", "reviewed", "shard") DO UPDATE SET "count" = t."count" + EXCLUDED."count";

  WITH signed AS (
    SELECT r.*, -1 AS sign FROM unnest(p_old) r
    UNION ALL
    SELECT r.*, 1 FROM unnest(p_new) r
  )
  INSERT INTO "DeadlineMonthCount" AS t ("deadline", "kind", "archived", "status", "shard", "count")
  SELECT date_trunc('month', "deadline")::date, "kind", "archived", "status", "summary_shard"(), sum(sign)
  FROM signed
  WHERE "deadline" IS NOT NULL
  GROUP BY date_trunc('month', "deadline")::date, "kind", "archived", "status"
  HAVING sum(sign) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("deadline", "kind", "archived", "status", "shard") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
END;
$$;

CREATE FUNCTION "commitments_inserted_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "commitment_counts_apply"('{}', (SELECT array_agg(n::"Commitment") FROM new_rows n));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "commitments_deleted_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "commitment_counts_apply"((SELECT array_agg(o::"Commitment") FROM old_rows o), '{}');
  RETURN NULL;
END;
$$;

-- Updates: the counts, and a pledge whose kind or archived flag changed moves everything it
-- contributes (its history's deltas, the talks quoting it) from its old key to its new one.
CREATE FUNCTION "commitments_updated_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "commitment_counts_apply"((SELECT array_agg(o::"Commitment") FROM old_rows o), (SELECT array_agg(n::"Commitment") FROM new_rows n));

  IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."kind", o."archived") IS DISTINCT FROM (n."kind", n."archived")) THEN
    RETURN NULL;
  END IF;

  WITH moved AS (
    SELECT o."id", o."kind" AS old_kind, o."archived" AS old_archived, n."kind", n."archived"
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE (o."kind", o."archived") IS DISTINCT FROM (n."kind", n."archived")
  ),
  history AS (
    SELECT array_agg(sc."commitmentId") AS c, array_agg(sc."id") AS i, array_agg(sc."toStatus") AS s, array_agg(sc."effectiveOn") AS e
    FROM moved m CROSS JOIN LATERAL (SELECT * FROM "StatusChange" s WHERE s."commitmentId" = m."id") sc
  ),
  deltas AS (
    SELECT d.* FROM history h, "status_history_deltas"(h.c, h.i, h.s, h.e) d
  ),
  signed AS (
    SELECT d."month", d."status", m.old_kind AS kind, m.old_archived AS archived, -d."delta" AS delta FROM deltas d JOIN moved m ON m."id" = d."commitmentId"
    UNION ALL
    SELECT d."month", d."status", m."kind", m."archived", d."delta" FROM deltas d JOIN moved m ON m."id" = d."commitmentId"
  )
  INSERT INTO "StatusMonthDelta" AS t ("month", "status", "kind", "archived", "shard", "delta")
  SELECT "month", "status", "kind", "archived", "summary_shard"(), sum("delta")
  FROM signed
  GROUP BY "month", "status", "kind", "archived"
  HAVING sum("delta") <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("month", "status", "kind", "archived", "shard") DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";

  WITH moved AS (
    SELECT o."id", o."kind" AS old_kind, o."archived" AS old_archived, n."kind", n."archived"
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE (o."kind", o."archived") IS DISTINCT FROM (n."kind", n."archived")
  ),
  talks AS (
    SELECT DISTINCT m.*, q."talkId" FROM moved m JOIN "Quote" q ON q."commitmentId" = m."id"
  ),
  signed AS (
    SELECT "talkId", old_kind AS kind, old_archived AS archived, -1 AS delta FROM talks
    UNION ALL
    SELECT "talkId", "kind", "archived", 1 FROM talks
  )
  INSERT INTO "TalkPledgeCount" AS t ("talkId", "kind", "archived", "count")
  SELECT "talkId", "kind", "archived", sum(delta) FROM signed
  GROUP BY "talkId", "kind", "archived"
  HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("talkId", "kind", "archived") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Commitment_inserted_summarize"
  AFTER INSERT ON "Commitment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitments_inserted_summarize"();
CREATE TRIGGER "Commitment_updated_summarize"
  AFTER UPDATE ON "Commitment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitments_updated_summarize"();
CREATE TRIGGER "Commitment_deleted_summarize"
  AFTER DELETE ON "Commitment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitments_deleted_summarize"();

-- Quotes added, moved or removed: a (pledge, talk) pair counts once however many quotes it has,
-- so a pair's change is whether it has any quote now against whether it had any before (now,
-- minus the statement's new quotes, plus its removed ones).
CREATE FUNCTION "talk_pledges_apply"(p_old_commitments integer[], p_old_talks integer[], p_new_commitments integer[], p_new_talks integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT commitment_id, talk_id, sum(sign) AS added FROM (
      SELECT x.*, -1 AS sign FROM unnest(p_old_commitments, p_old_talks) AS x(commitment_id, talk_id)
      UNION ALL
      SELECT x.*, 1 FROM unnest(p_new_commitments, p_new_talks) AS x(commitment_id, talk_id)
    ) quotes
    GROUP BY commitment_id, talk_id
  ),
  pairs AS (
    SELECT ch.*, (SELECT count(*) FROM "Quote" q WHERE q."commitmentId" = ch.commitment_id AND q."talkId" = ch.talk_id) AS now
    FROM changed ch
  )
  INSERT INTO "TalkPledgeCount" AS t ("talkId", "kind", "archived", "count")
  -- A pledge deleted with its quotes is gone from "Commitment" here: its BEFORE DELETE trigger
  -- (below) took it out of the counts while its quotes could still be read.
  SELECT p.talk_id, c."kind", c."archived", sum((p.now > 0)::integer - (p.now - p.added > 0)::integer)
  FROM pairs p JOIN "Commitment" c ON c."id" = p.commitment_id
  GROUP BY p.talk_id, c."kind", c."archived"
  HAVING sum((p.now > 0)::integer - (p.now - p.added > 0)::integer) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("talkId", "kind", "archived") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
END;
$$;

CREATE FUNCTION "quotes_inserted_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "talk_pledges_apply"('{}', '{}', (SELECT array_agg("commitmentId") FROM new_rows), (SELECT array_agg("talkId") FROM new_rows));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "quotes_updated_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "talk_pledges_apply"((SELECT array_agg("commitmentId") FROM old_rows), (SELECT array_agg("talkId") FROM old_rows),
                               (SELECT array_agg("commitmentId") FROM new_rows), (SELECT array_agg("talkId") FROM new_rows));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "quotes_deleted_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "talk_pledges_apply"((SELECT array_agg("commitmentId") FROM old_rows), (SELECT array_agg("talkId") FROM old_rows), '{}', '{}');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Quote_inserted_summarize"
  AFTER INSERT ON "Quote" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "quotes_inserted_summarize"();
CREATE TRIGGER "Quote_updated_summarize"
  AFTER UPDATE ON "Quote" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "quotes_updated_summarize"();
CREATE TRIGGER "Quote_deleted_summarize"
  AFTER DELETE ON "Quote" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "quotes_deleted_summarize"();

-- A pledge being deleted leaves the talks' counts while its quotes still exist (their cascade
-- runs after this, when the pledge can no longer be read). Its history needs no such step: the
-- history is append-only, so a pledge with any history cannot be deleted.
CREATE FUNCTION "commitment_deleting_summarize"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TalkPledgeCount" t SET "count" = t."count" - 1
  WHERE t."kind" = OLD."kind" AND t."archived" = OLD."archived"
    AND t."talkId" IN (SELECT q."talkId" FROM "Quote" q WHERE q."commitmentId" = OLD."id");
  RETURN OLD;
END;
$$;

CREATE TRIGGER "Commitment_deleting_summarize"
  BEFORE DELETE ON "Commitment"
  FOR EACH ROW EXECUTE FUNCTION "commitment_deleting_summarize"();

-- Backfill from the data already here (a database migrated from before this change), in shard 0.
INSERT INTO "CommitmentCount" ("categoryId", "committedBy", "kind", "archived", "status", "reviewed", "shard", "count")
SELECT "categoryId", "committedBy", "kind", "archived", "status", "reviewedOn" IS NOT NULL, 0, count(*)
FROM "Commitment"
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "DeadlineMonthCount" ("deadline", "kind", "archived", "status", "shard", "count")
SELECT date_trunc('month', "deadline")::date, "kind", "archived", "status", 0, count(*)
FROM "Commitment" WHERE "deadline" IS NOT NULL
GROUP BY 1, 2, 3, 4;

INSERT INTO "TalkPledgeCount" ("talkId", "kind", "archived", "count")
SELECT q."talkId", c."kind", c."archived", count(DISTINCT c."id")
FROM "Quote" q JOIN "Commitment" c ON c."id" = q."commitmentId"
GROUP BY 1, 2, 3;

INSERT INTO "StatusMonthDelta" ("month", "status", "kind", "archived", "shard", "delta")
SELECT d."month", d."status", c."kind", c."archived", 0, sum(d."delta")
FROM (SELECT array_agg("commitmentId") AS c, array_agg("id") AS i, array_agg("toStatus") AS s, array_agg("effectiveOn") AS e FROM "StatusChange") h,
     "status_history_deltas"(h.c, h.i, h.s, h.e) d
JOIN "Commitment" c ON c."id" = d."commitmentId"
GROUP BY 1, 2, 3, 4
HAVING sum(d."delta") <> 0;
