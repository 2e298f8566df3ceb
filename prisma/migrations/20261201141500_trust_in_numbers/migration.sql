-- Trust in the numbers (issue 10): kind, request and response, review, measured progress only,
-- talk sources. The fixed per-status "progress" is dropped: a percentage now exists only where a
-- numeric target has an evidenced actual value.

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('COMMITMENT', 'STATEMENT');

-- CreateEnum
CREATE TYPE "ResponseKind" AS ENUM ('ACCEPTED', 'AGREED', 'WILLING', 'ACKNOWLEDGED', 'NO_REPLY');

-- CreateEnum
CREATE TYPE "RequestAddressee" AS ENUM ('OTHER', 'BOTH');

-- CreateEnum
CREATE TYPE "QuoteRole" AS ENUM ('PLEDGE', 'REQUEST', 'RESPONSE');

-- AlterTable
ALTER TABLE "Talk" ADD COLUMN "headline" TEXT,
ADD COLUMN "readoutBy" "CommittingSide",
ADD COLUMN "sourceNote" TEXT;

-- AlterTable
ALTER TABLE "Commitment" DROP CONSTRAINT "Commitment_progress_range";
ALTER TABLE "Commitment" DROP COLUMN "progress",
ADD COLUMN "kind" "CommitmentKind" NOT NULL DEFAULT 'COMMITMENT',
ADD COLUMN "requestedBy" "CommittingSide",
ADD COLUMN "requestedOf" "RequestAddressee",
ADD COLUMN "response" "ResponseKind",
ADD COLUMN "actualEvidenceId" INTEGER,
ADD COLUMN "reviewedOn" DATE,
ADD COLUMN "reviewedById" INTEGER;

-- The history is append-only and analysts could type a progress figure into it: before the column
-- goes, every recorded value is kept in the (append-only) audit log, one row per change.
INSERT INTO "AuditLog" ("actorLabel", "action", "entityType", "entityId", "before", "createdAt")
SELECT 'migration', 'update', 'StatusChange', sc.id::text,
       jsonb_build_object('progress', sc.progress, 'reason', 'fixed per-status progress dropped (issue 10)'), now()
FROM "StatusChange" sc;

-- AlterTable
ALTER TABLE "StatusChange" DROP CONSTRAINT "StatusChange_progress_range";
ALTER TABLE "StatusChange" DROP COLUMN "progress";

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN "role" "QuoteRole" NOT NULL DEFAULT 'PLEDGE';

-- CreateIndex
CREATE INDEX "Commitment_archived_kind_idx" ON "Commitment"("archived", "kind");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_actualEvidenceId_fkey" FOREIGN KEY ("actualEvidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Guards Prisma's language cannot express (they change no table's shape).
-- A request is all three fields or none; an actual value exists only with the evidence for it.
ALTER TABLE "Commitment"
  ADD CONSTRAINT "Commitment_request_complete"
    CHECK (("requestedBy" IS NULL) = ("requestedOf" IS NULL) AND ("requestedBy" IS NULL) = ("response" IS NULL)),
  ADD CONSTRAINT "Commitment_request_by_one_side" CHECK ("requestedBy" IS DISTINCT FROM 'BOTH'),
  ADD CONSTRAINT "Commitment_actual_with_evidence" CHECK (("actualEvidenceId" IS NULL) = ("actualValue" IS NULL));

-- The last line of defence for lib/commitments/request.ts (which every write path applies): a
-- request's side and firmness are the ones its response implies, whichever path wrote the row.
ALTER TABLE "Commitment"
  ADD CONSTRAINT "Commitment_request_sets_side_and_firmness" CHECK (
    "requestedBy" IS NULL OR (
      "firmness" = (CASE "response" WHEN 'ACCEPTED' THEN 'AGREEMENT' WHEN 'AGREED' THEN 'AGREEMENT'
                                    WHEN 'WILLING' THEN 'WILLINGNESS' ELSE 'PROPOSAL' END)::"Firmness"
      AND "committedBy" = (CASE WHEN "response" IN ('ACKNOWLEDGED', 'NO_REPLY') THEN "requestedBy"::text
                                WHEN "requestedOf" = 'BOTH' THEN 'BOTH'
                                WHEN "requestedBy" = 'CHINA' THEN 'VIETNAM'
                                ELSE 'CHINA' END)::"CommittingSide"
    )
  );
