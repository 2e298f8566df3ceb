-- Guards the schema cannot express in Prisma's language. They do not change any table's shape,
-- so schema.prisma and this history stay in step (checked by lib/db/migrations.test.ts).

-- The audit trail and the status history are append-only, whoever connects.
CREATE FUNCTION "refuse_change_to_append_only_table"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();

CREATE TRIGGER "StatusChange_append_only"
  BEFORE UPDATE OR DELETE ON "StatusChange"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();

CREATE TRIGGER "StatusChange_no_truncate"
  BEFORE TRUNCATE ON "StatusChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();

ALTER TABLE "Commitment"
  ADD CONSTRAINT "Commitment_progress_range" CHECK ("progress" BETWEEN 0 AND 100),
  ADD CONSTRAINT "Commitment_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "Commitment_deadline_has_precision"
    CHECK (("deadline" IS NULL) = ("deadlinePrecision" IS NULL));

ALTER TABLE "StatusChange"
  ADD CONSTRAINT "StatusChange_progress_range" CHECK ("progress" BETWEEN 0 AND 100);

ALTER TABLE "Quote"
  ADD CONSTRAINT "Quote_offsets_ordered" CHECK ("startOffset" >= 0 AND "endOffset" > "startOffset");

ALTER TABLE "Evidence"
  ADD CONSTRAINT "Evidence_url_http" CHECK ("url" ~ '^https?://');
