-- Issue 13: the status-over-time chart read from a summary instead of the whole history.
-- "StatusMonthSummary" holds, per month and status, how many counted pledges (public
-- commitments: lib/commitments/rules.ts COUNTED_WHERE) entered (+) or left (-) that status in that
-- month; the chart is a running sum of it. Invariant, kept by the triggers below in the writing
-- transaction whatever writes (lib/status-history/append.ts, the dataset import, the seed, bulk
-- loads): the summary equals the sum, over the pledges counted NOW, of status_month_deltas(pledge).
-- So a kind or archive edit moves the pledge's whole contribution in or out, and a back-dated
-- change recomputes its pledge's contribution. lib/stats/status-summary.test.ts proves it.

-- CreateTable
CREATE TABLE "StatusMonthSummary" (
    "month" DATE NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "StatusMonthSummary_pkey" PRIMARY KEY ("month","status")
);

-- CreateIndex: the dashboard's latest recorded changes, read backwards instead of sorting the history.
CREATE INDEX "StatusChange_recordedAt_id_idx" ON "StatusChange"("recordedAt", "id");

-- The months and statuses a set of pledges' histories contribute: each change holds from its
-- effective date until the pledge's next change (by effective date, then id); +1 in the month it
-- starts holding, -1 in the month the next one takes over. Superseded the same day: nothing.
-- (lib/stats/status-over-time.ts computeStatusOverTime is the same rule from scratch.)
CREATE FUNCTION status_month_deltas(ids INTEGER[]) RETURNS TABLE ("month" DATE, "status" "CommitmentStatus", "delta" BIGINT)
LANGUAGE sql STABLE AS $$
  WITH intervals AS (
    SELECT sc."toStatus" AS status, sc."effectiveOn" AS valid_from,
           lead(sc."effectiveOn") OVER (PARTITION BY sc."commitmentId" ORDER BY sc."effectiveOn", sc.id) AS valid_to
    FROM "StatusChange" sc WHERE sc."commitmentId" = ANY (ids)
  )
  SELECT d.month, d.status, sum(d.delta) FROM (
    SELECT date_trunc('month', valid_from)::date AS month, status, 1 AS delta FROM intervals WHERE valid_to IS NULL OR valid_to > valid_from
    UNION ALL
    SELECT date_trunc('month', valid_to)::date, status, -1 FROM intervals WHERE valid_to > valid_from
  ) d GROUP BY d.month, d.status
$$;

CREATE FUNCTION status_month_summary_lock() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('StatusMonthSummary'))
$$;

CREATE FUNCTION status_month_summary_add(ids INTEGER[], sign INTEGER) RETURNS void LANGUAGE sql AS $$
  SELECT status_month_summary_lock();
  INSERT INTO "StatusMonthSummary" ("month", "status", "delta")
  SELECT d.month, d.status, sign * d.delta FROM status_month_deltas(ids) d WHERE d.delta <> 0
  ORDER BY d.month, d.status
  ON CONFLICT ("month", "status") DO UPDATE SET "delta" = "StatusMonthSummary"."delta" + EXCLUDED."delta"
$$;

-- Concurrent writers update the same summary rows (every change of this month touches this
-- month's rows). A transaction that writes several changes would take those row locks in no
-- global order and could deadlock with another, so the summary's writers take one transaction-
-- level advisory lock first and queue on it (they would queue on this month's rows anyway).

-- New history rows (one status change, or a bulk load): the affected counted pledges lose their
-- contribution without the new rows and gain it with them.
CREATE FUNCTION status_month_summary_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE affected INTEGER[];
BEGIN
  SELECT array_agg(DISTINCT n."commitmentId") INTO affected
  FROM new_changes n JOIN "Commitment" c ON c.id = n."commitmentId"
  WHERE NOT c.archived AND c.kind = 'COMMITMENT';
  IF affected IS NULL THEN RETURN NULL; END IF;
  PERFORM status_month_summary_lock();
  WITH intervals AS (
    SELECT sc."toStatus" AS status, sc."effectiveOn" AS valid_from,
           lead(sc."effectiveOn") OVER (PARTITION BY sc."commitmentId" ORDER BY sc."effectiveOn", sc.id) AS valid_to
    FROM "StatusChange" sc
    WHERE sc."commitmentId" = ANY (affected) AND NOT EXISTS (SELECT 1 FROM new_changes n WHERE n.id = sc.id)
  ),
  before AS (
    SELECT date_trunc('month', valid_from)::date AS month, status, 1 AS delta FROM intervals WHERE valid_to IS NULL OR valid_to > valid_from
    UNION ALL
    SELECT date_trunc('month', valid_to)::date, status, -1 FROM intervals WHERE valid_to > valid_from
  ),
  combined AS (
    SELECT d.month, d.status, sum(d.delta)::int AS delta FROM (
      SELECT month, status, delta FROM status_month_deltas(affected)
      UNION ALL
      SELECT month, status, -delta FROM before
    ) d GROUP BY d.month, d.status
  )
  INSERT INTO "StatusMonthSummary" ("month", "status", "delta")
  SELECT month, status, delta FROM combined WHERE delta <> 0
  ORDER BY month, status
  ON CONFLICT ("month", "status") DO UPDATE SET "delta" = "StatusMonthSummary"."delta" + EXCLUDED."delta";
  RETURN NULL;
END $$;

CREATE TRIGGER status_month_summary_insert AFTER INSERT ON "StatusChange"
  REFERENCING NEW TABLE AS new_changes FOR EACH STATEMENT EXECUTE FUNCTION status_month_summary_on_insert();

-- A pledge that starts or stops being counted (kind or archive edit, or deletion) moves its
-- whole contribution in or out.
CREATE FUNCTION status_month_summary_on_commitment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was_counted BOOLEAN := NOT OLD.archived AND OLD.kind = 'COMMITMENT';
  is_counted BOOLEAN := NOT NEW.archived AND NEW.kind = 'COMMITMENT';
BEGIN
  IF was_counted AND NOT is_counted THEN PERFORM status_month_summary_add(ARRAY[OLD.id], -1); END IF;
  IF is_counted AND NOT was_counted THEN PERFORM status_month_summary_add(ARRAY[NEW.id], 1); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION status_month_summary_on_commitment_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT OLD.archived AND OLD.kind = 'COMMITMENT' THEN PERFORM status_month_summary_add(ARRAY[OLD.id], -1); END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER status_month_summary_commitment_update AFTER UPDATE OF kind, archived ON "Commitment"
  FOR EACH ROW EXECUTE FUNCTION status_month_summary_on_commitment();
-- BEFORE: the history is still there to subtract (a cascade would remove it).
CREATE TRIGGER status_month_summary_commitment_delete BEFORE DELETE ON "Commitment"
  FOR EACH ROW EXECUTE FUNCTION status_month_summary_on_commitment_delete();

-- Emptied history (test resets): an empty summary.
CREATE FUNCTION status_month_summary_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "StatusMonthSummary";
  RETURN NULL;
END $$;

CREATE TRIGGER status_month_summary_truncate AFTER TRUNCATE ON "StatusChange"
  FOR EACH STATEMENT EXECUTE FUNCTION status_month_summary_on_truncate();

-- The history already recorded.
SELECT status_month_summary_add(coalesce((SELECT array_agg(id) FROM "Commitment" WHERE NOT archived AND kind = 'COMMITMENT'), '{}'), 1);
