-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('ANNOUNCED', 'IN_PROGRESS', 'PARTIALLY_FULFILLED', 'FULFILLED', 'STALLED', 'NOT_FULFILLED');

-- CreateEnum
CREATE TYPE "CommittingSide" AS ENUM ('CHINA', 'VIETNAM', 'BOTH');

-- CreateEnum
CREATE TYPE "Firmness" AS ENUM ('FIRM_PLEDGE', 'AGREEMENT', 'WILLINGNESS', 'PROPOSAL');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "TalkFormat" AS ENUM ('PHONE_CALL', 'OFFICIAL_TALKS', 'VIDEO_CONFERENCE', 'MEETING', 'OTHER');

-- CreateEnum
CREATE TYPE "EvidenceStance" AS ENUM ('PROGRESS', 'SETBACK', 'CONTEXT');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ANALYST', 'ADMIN');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'ANALYST',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Talk" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "format" "TalkFormat" NOT NULL,
    "participants" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Talk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "committedBy" "CommittingSide" NOT NULL,
    "firmness" "Firmness" NOT NULL,
    "targetValue" DOUBLE PRECISION,
    "targetUnit" TEXT,
    "baselineValue" DOUBLE PRECISION,
    "actualValue" DOUBLE PRECISION,
    "deadline" DATE,
    "deadlinePrecision" "DatePrecision",
    "status" "CommitmentStatus" NOT NULL DEFAULT 'ANNOUNCED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "statusEffectiveOn" DATE,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "talkId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "publishedOnApprox" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT NOT NULL,
    "stance" "EvidenceStance" NOT NULL,
    "addedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "fromStatus" "CommitmentStatus",
    "toStatus" "CommitmentStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL,
    "recordedById" INTEGER,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChangeEvidence" (
    "statusChangeId" INTEGER NOT NULL,
    "evidenceId" INTEGER NOT NULL,

    CONSTRAINT "StatusChangeEvidence_pkey" PRIMARY KEY ("statusChangeId","evidenceId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Talk_slug_key" ON "Talk"("slug");

-- CreateIndex
CREATE INDEX "Talk_heldOn_idx" ON "Talk"("heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_slug_key" ON "Commitment"("slug");

-- CreateIndex
CREATE INDEX "Commitment_status_idx" ON "Commitment"("status");

-- CreateIndex
CREATE INDEX "Commitment_categoryId_idx" ON "Commitment"("categoryId");

-- CreateIndex
CREATE INDEX "Commitment_committedBy_idx" ON "Commitment"("committedBy");

-- CreateIndex
CREATE INDEX "Commitment_deadline_idx" ON "Commitment"("deadline");

-- CreateIndex
CREATE INDEX "Commitment_archived_id_idx" ON "Commitment"("archived", "id");

-- CreateIndex
CREATE INDEX "Quote_talkId_idx" ON "Quote"("talkId");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_commitmentId_talkId_startOffset_endOffset_key" ON "Quote"("commitmentId", "talkId", "startOffset", "endOffset");

-- CreateIndex
CREATE INDEX "Evidence_publishedOn_idx" ON "Evidence"("publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_commitmentId_url_key" ON "Evidence"("commitmentId", "url");

-- CreateIndex
CREATE INDEX "StatusChange_commitmentId_effectiveOn_id_idx" ON "StatusChange"("commitmentId", "effectiveOn", "id");

-- CreateIndex
CREATE INDEX "StatusChange_effectiveOn_idx" ON "StatusChange"("effectiveOn");

-- CreateIndex
CREATE INDEX "StatusChangeEvidence_evidenceId_idx" ON "StatusChangeEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChangeEvidence" ADD CONSTRAINT "StatusChangeEvidence_statusChangeId_fkey" FOREIGN KEY ("statusChangeId") REFERENCES "StatusChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChangeEvidence" ADD CONSTRAINT "StatusChangeEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
