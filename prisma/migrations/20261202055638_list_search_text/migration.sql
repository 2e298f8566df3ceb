-- The pledge list's search at the database's pace (issue 13). The search matches a pledge whose
-- title, description or any quote contains the words, case-insensitively (ILIKE '%…%'). ILIKE
-- lowers both sides on every row it reads (lower() on each title, description and quote), and
-- that, more than reading the rows, was the list's time at 20,000 pledges / 60,000 quotes.
-- Here each pledge's texts are lowered once, at write time, into one row of "CommitmentSearch"
-- with a trigram index: the list asks text LIKE lower(pattern), which PostgreSQL answers exactly
-- as the ILIKE on each text (its ILIKE is lower(text) LIKE lower(pattern) in a UTF-8 database),
-- and the index narrows the rows. The texts are joined with chr(31) (the unit separator), so a
-- match cannot span two texts unless the search itself holds that character; such a search asks
-- the per-text ILIKE instead (lib/commitments/list-where-sql.ts). A table of its own keeps
-- "Commitment" narrow for the lists that do not search.

-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: a database owner may create
-- it. The embedded database (PGlite) loads it in lib/db/embedded.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "CommitmentSearch" (
    "commitmentId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "CommitmentSearch_pkey" PRIMARY KEY ("commitmentId")
);

-- CreateIndex
CREATE INDEX "CommitmentSearch_text_idx" ON "CommitmentSearch" USING GIN ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "CommitmentSearch" ADD CONSTRAINT "CommitmentSearch_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one definition of a pledge's search text, written for the given pledges.
CREATE FUNCTION "refresh_commitment_search"(p_ids integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CommitmentSearch" ("commitmentId", "text")
  SELECT c."id", lower(c."title" || chr(31) || c."description" || coalesce(
    (SELECT string_agg(chr(31) || q."text", '' ORDER BY q."id") FROM "Quote" q WHERE q."commitmentId" = c."id"), ''))
  FROM "Commitment" c WHERE c."id" = ANY (p_ids)
  ON CONFLICT ("commitmentId") DO UPDATE SET "text" = EXCLUDED."text";
$$;

-- A pledge added, or its title or description changed; its quotes added, changed or removed.
-- Once per statement: a bulk load updates each pledge once per batch, not once per row. (A
-- pledge deleted takes its row along: ON DELETE CASCADE.)
CREATE FUNCTION "commitment_search_after_commitment"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_commitment_search"(ARRAY(SELECT "id" FROM new_rows));
  ELSE
    PERFORM "refresh_commitment_search"(ARRAY(
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE n."title" IS DISTINCT FROM o."title" OR n."description" IS DISTINCT FROM o."description"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "commitment_search_after_quote"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_commitment_search"(ARRAY(SELECT DISTINCT "commitmentId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_commitment_search"(ARRAY(SELECT DISTINCT "commitmentId" FROM old_rows));
  ELSE
    PERFORM "refresh_commitment_search"(ARRAY(
      SELECT n."commitmentId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE n."text" IS DISTINCT FROM o."text" OR n."commitmentId" <> o."commitmentId"
      UNION
      SELECT o."commitmentId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE n."text" IS DISTINCT FROM o."text" OR n."commitmentId" <> o."commitmentId"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Commitment_search_insert" AFTER INSERT ON "Commitment"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_search_after_commitment"();
CREATE TRIGGER "Commitment_search_update" AFTER UPDATE ON "Commitment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_search_after_commitment"();
CREATE TRIGGER "Quote_search_insert" AFTER INSERT ON "Quote"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_search_after_quote"();
CREATE TRIGGER "Quote_search_update" AFTER UPDATE ON "Quote"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_search_after_quote"();
CREATE TRIGGER "Quote_search_delete" AFTER DELETE ON "Quote"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_search_after_quote"();

-- The pledges already there, and their statistics now rather than when autovacuum comes by.
SELECT "refresh_commitment_search"(ARRAY(SELECT "id" FROM "Commitment"));
ANALYZE "CommitmentSearch";
