-- A status update in one statement. Recording a change took about a dozen round trips between the
-- app and the database inside an open transaction (lock, version check, evidence check, prior
-- status, insert, links, latest status, update, audit, cache version), and under 20 concurrent
-- writers the waits between them, not the database's work, made the write take hundreds of
-- milliseconds. The same steps run here in one call; lib/status-history/append.ts is its only caller.

-- Moves one shard of a cache tag's version (lib/db/cache-versions.ts chooses the shard).
CREATE FUNCTION "bump_cache_version"(p_row text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CacheTagVersion" ("tag", "version") VALUES (p_row, 1)
  ON CONFLICT ("tag") DO UPDATE SET "version" = "CacheTagVersion"."version" + 1;
$$;

-- Appends one entry to a pledge's status history and brings the pledge in step with its latest
-- entry by effective date, with its audit row. A refusal (no such pledge, a stale version,
-- evidence of another pledge) is returned as the outcome before anything is written.
-- p_cache_row: the cache version row to bump in the same statement, or NULL when the caller's
-- transaction bumps it.
CREATE FUNCTION "record_status_change"(
  p_commitment_id integer,
  p_expected_version integer,
  p_to_status "CommitmentStatus",
  p_effective_on date,
  p_note text,
  p_evidence_ids integer[],
  p_actor_id integer,
  p_actor_label text,
  p_reviewed_on date,
  p_cache_row text
) RETURNS TABLE (
  outcome text,
  change_id integer,
  from_status "CommitmentStatus",
  to_status "CommitmentStatus",
  effective_on date,
  note text,
  new_version integer
) LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_current "Commitment"%ROWTYPE;
  v_change "StatusChange"%ROWTYPE;
  v_updated "Commitment"%ROWTYPE;
  v_prior "CommitmentStatus";
  v_latest_status "CommitmentStatus";
  v_latest_on date;
  v_found integer;
  -- Each evidence id once, in the order given.
  v_ids integer[] := ARRAY(
    SELECT id FROM unnest(coalesce(p_evidence_ids, '{}'::integer[])) WITH ORDINALITY AS given(id, n)
    GROUP BY id ORDER BY min(n));
BEGIN
  -- Row lock first: concurrent writers to one pledge queue here, and every read below sees
  -- what the one before committed.
  SELECT * INTO v_current FROM "Commitment" WHERE "id" = p_commitment_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'not_found', NULL::integer, NULL::"CommitmentStatus", NULL::"CommitmentStatus", NULL::date, NULL::text, NULL::integer;
    RETURN;
  END IF;
  IF p_expected_version IS NOT NULL AND p_expected_version <> v_current."version" THEN
    RETURN QUERY SELECT 'conflict', NULL::integer, NULL::"CommitmentStatus", NULL::"CommitmentStatus", NULL::date, NULL::text, v_current."version";
    RETURN;
  END IF;
  IF cardinality(v_ids) > 0 THEN
    SELECT count(*) INTO v_found FROM "Evidence" WHERE "id" = ANY (v_ids) AND "commitmentId" = p_commitment_id;
    IF v_found <> cardinality(v_ids) THEN
      RETURN QUERY SELECT 'foreign_evidence', NULL::integer, NULL::"CommitmentStatus", NULL::"CommitmentStatus", NULL::date, NULL::text, v_current."version";
      RETURN;
    END IF;
  END IF;

  SELECT sc."toStatus" INTO v_prior FROM "StatusChange" sc
  WHERE sc."commitmentId" = p_commitment_id AND sc."effectiveOn" <= p_effective_on
  ORDER BY sc."effectiveOn" DESC, sc."id" DESC LIMIT 1;

  INSERT INTO "StatusChange" ("commitmentId", "fromStatus", "toStatus", "effectiveOn", "note", "recordedById")
  VALUES (p_commitment_id, v_prior, p_to_status, p_effective_on, p_note, p_actor_id)
  RETURNING * INTO v_change;
  INSERT INTO "StatusChangeEvidence" ("statusChangeId", "evidenceId") SELECT v_change."id", unnest(v_ids);

  -- A back-dated entry goes into the past without changing the present.
  SELECT sc."toStatus", sc."effectiveOn" INTO v_latest_status, v_latest_on FROM "StatusChange" sc
  WHERE sc."commitmentId" = p_commitment_id
  ORDER BY sc."effectiveOn" DESC, sc."id" DESC LIMIT 1;

  UPDATE "Commitment" SET
    "status" = v_latest_status,
    "statusEffectiveOn" = v_latest_on,
    "reviewedOn" = coalesce(p_reviewed_on, "reviewedOn"),
    "reviewedById" = CASE WHEN p_reviewed_on IS NULL THEN "reviewedById" ELSE p_actor_id END,
    "version" = "version" + 1,
    "updatedAt" = now()
  WHERE "id" = p_commitment_id
  RETURNING * INTO v_updated;

  INSERT INTO "AuditLog" ("actorId", "actorLabel", "action", "entityType", "entityId", "before", "after")
  VALUES (p_actor_id, p_actor_label, 'status-change', 'Commitment', p_commitment_id::text,
    jsonb_build_object('status', v_current."status", 'version', v_current."version"),
    jsonb_build_object(
      'status', v_updated."status",
      'reviewedOn', to_char(v_updated."reviewedOn", 'YYYY-MM-DD'),
      'version', v_updated."version",
      'statusChange', jsonb_build_object(
        'id', v_change."id",
        'fromStatus', v_change."fromStatus",
        'toStatus', v_change."toStatus",
        'effectiveOn', to_char(v_change."effectiveOn", 'YYYY-MM-DD'),
        'note', v_change."note",
        'evidenceIds', to_jsonb(v_ids))));

  IF p_cache_row IS NOT NULL THEN
    PERFORM "bump_cache_version"(p_cache_row);
  END IF;

  RETURN QUERY SELECT 'recorded', v_change."id", v_change."fromStatus", v_change."toStatus", v_change."effectiveOn", v_change."note", v_updated."version";
END;
$$;
