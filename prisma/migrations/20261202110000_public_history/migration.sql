-- The public revision history and the corrections log (issue 14).

-- Each audit row says which pledge it is about: the pledge's own rows, and those of its quotes and
-- evidence (whose rows name the pledge by id, or by slug in a dataset import's rows). Set on
-- insert by a trigger, whatever writes the row, so that a pledge's history is one index range.
ALTER TABLE "AuditLog" ADD COLUMN "commitmentId" INTEGER;

CREATE FUNCTION "audit_row_commitment"(p_type text, p_id text, p_before jsonb, p_after jsonb) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_type = 'Commitment' AND p_id ~ '^[0-9]{1,9}$' THEN p_id::integer
    WHEN p_type IN ('Quote', 'Evidence') THEN coalesce(
      (SELECT v::integer FROM (SELECT coalesce(p_after->>'commitmentId', p_before->>'commitmentId') AS v) AS given WHERE v ~ '^[0-9]{1,9}$'),
      (SELECT c."id" FROM "Commitment" c WHERE c."slug" = coalesce(p_after->>'commitment', p_before->>'commitment')))
  END;
$$;

CREATE FUNCTION "audit_log_set_commitment"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."commitmentId" IS NULL THEN
    NEW."commitmentId" := "audit_row_commitment"(NEW."entityType", NEW."entityId", NEW."before", NEW."after");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditLog_set_commitment"
  BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_set_commitment"();

-- The rows already written: the one update the append-only log ever gets, adding a derived column.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
UPDATE "AuditLog" SET "commitmentId" = "audit_row_commitment"("entityType", "entityId", "before", "after")
WHERE "entityType" IN ('Commitment', 'Quote', 'Evidence');
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

CREATE INDEX "AuditLog_commitmentId_createdAt_id_idx" ON "AuditLog"("commitmentId", "createdAt", "id");

-- Corrections of published facts: the analyst's note beside the edit's audit row.
CREATE TABLE "Correction" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "auditLogId" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Correction_auditLogId_key" ON "Correction"("auditLogId");
CREATE INDEX "Correction_createdAt_id_idx" ON "Correction"("createdAt", "id");
CREATE INDEX "Correction_commitmentId_createdAt_id_idx" ON "Correction"("commitmentId", "createdAt", "id");

ALTER TABLE "Correction" ADD CONSTRAINT "Correction_note_not_blank" CHECK (length(btrim("note")) > 0);

CREATE TRIGGER "Correction_append_only"
  BEFORE UPDATE OR DELETE ON "Correction"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();

CREATE TRIGGER "Correction_no_truncate"
  BEFORE TRUNCATE ON "Correction"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();
