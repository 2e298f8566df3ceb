-- Measured indicators (issue 15): series, their points, the pledges they measure, target paths.

-- CreateEnum
CREATE TYPE "IndicatorFrequency" AS ENUM ('YEAR', 'QUARTER', 'MONTH');

-- CreateEnum
CREATE TYPE "StatisticsSide" AS ENUM ('CHINA', 'VIETNAM');

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "side" "StatisticsSide" NOT NULL,
    "frequency" "IndicatorFrequency" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorPoint" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "publishedOn" DATE,
    "estimate" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IndicatorPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorPledge" (
    "indicatorId" INTEGER NOT NULL,
    "commitmentId" INTEGER NOT NULL,

    CONSTRAINT "IndicatorPledge_pkey" PRIMARY KEY ("indicatorId","commitmentId")
);

-- CreateTable
CREATE TABLE "TargetPath" (
    "commitmentId" INTEGER NOT NULL,
    "baselinePeriod" TEXT,
    "timing" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TargetPath_pkey" PRIMARY KEY ("commitmentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_slug_key" ON "Indicator"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorPoint_indicatorId_period_key" ON "IndicatorPoint"("indicatorId", "period");

-- CreateIndex
CREATE INDEX "IndicatorPledge_commitmentId_idx" ON "IndicatorPledge"("commitmentId");

-- AddForeignKey
ALTER TABLE "IndicatorPoint" ADD CONSTRAINT "IndicatorPoint_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorPledge" ADD CONSTRAINT "IndicatorPledge_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorPledge" ADD CONSTRAINT "IndicatorPledge_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetPath" ADD CONSTRAINT "TargetPath_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
