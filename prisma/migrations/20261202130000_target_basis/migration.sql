-- A target that adds up over the pledge's life (TOTAL, the default: the safe reading) is never set
-- against one period of a series; only a PER_PERIOD target is (lib/indicators/progress.ts).
-- CreateEnum
CREATE TYPE "TargetBasis" AS ENUM ('PER_PERIOD', 'TOTAL');

-- AlterTable
ALTER TABLE "TargetPath" ADD COLUMN     "basis" "TargetBasis" NOT NULL DEFAULT 'TOTAL';
