-- CreateEnum
CREATE TYPE "TierMetric" AS ENUM ('POINTS_EARNED', 'AMOUNT_SPENT');

-- CreateEnum
CREATE TYPE "TierChangeReason" AS ENUM ('QUALIFIED', 'REVIEW', 'PINNED');

-- AlterTable
ALTER TABLE "Tier" ADD COLUMN     "benefitsEn" VARCHAR(2000) NOT NULL DEFAULT '',
ADD COLUMN     "benefitsFr" VARCHAR(2000) NOT NULL DEFAULT '',
ADD COLUMN     "colour" VARCHAR(7) NOT NULL DEFAULT '#64748b',
ADD COLUMN     "nameFr" VARCHAR(80) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "tierAtRiskSince" TIMESTAMPTZ(3),
ADD COLUMN     "tierPinReason" VARCHAR(500),
ADD COLUMN     "tierPinnedUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Movement" ADD COLUMN     "qualifying" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProgrammeSettings" ADD COLUMN     "tierGraceDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "tierMetric" "TierMetric" NOT NULL DEFAULT 'POINTS_EARNED',
ADD COLUMN     "tierWindowMonths" INTEGER NOT NULL DEFAULT 12;

-- CreateTable
CREATE TABLE "TierChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "fromTierId" UUID,
    "toTierId" UUID NOT NULL,
    "reason" "TierChangeReason" NOT NULL,
    "qualifyingFigure" INTEGER NOT NULL,
    "movementId" UUID,
    "staffUserId" UUID,
    "note" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TierChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TierChange_customerId_createdAt_idx" ON "TierChange"("customerId", "createdAt");

-- AddForeignKey
ALTER TABLE "TierChange" ADD CONSTRAINT "TierChange_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierChange" ADD CONSTRAINT "TierChange_fromTierId_fkey" FOREIGN KEY ("fromTierId") REFERENCES "Tier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TierChange" ADD CONSTRAINT "TierChange_toTierId_fkey" FOREIGN KEY ("toTierId") REFERENCES "Tier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "Tier" ADD CONSTRAINT "Tier_values"
  CHECK (rank >= 0 AND threshold >= 0 AND (rank > 0 OR threshold = 0) AND colour ~ '^#[0-9a-f]{6}$');
ALTER TABLE "ProgrammeSettings" ADD CONSTRAINT "ProgrammeSettings_tiers"
  CHECK ("tierWindowMonths" BETWEEN 1 AND 60 AND "tierGraceDays" BETWEEN 0 AND 365);

-- A customer's qualifying figure sums their qualifying movements over the window.
CREATE INDEX "Movement_qualifying_idx" ON "Movement"("customerId", "createdAt") INCLUDE (points)
  WHERE qualifying;

UPDATE "Tier" SET "nameFr" = 'Membre', colour = '#64748b' WHERE code = 'MEMBER';

-- Purchases and their refunds recorded so far qualify. The ledger is append-only; this one-off
-- backfill of a new column is the exception, made with its guard lifted inside this migration.
ALTER TABLE "Movement" DISABLE TRIGGER "Movement_append_only";
UPDATE "Movement" SET qualifying = true
WHERE (type = 'EARN' AND "sourceType" = 'PURCHASE') OR (type = 'REVERSAL' AND "sourceType" = 'REFUND');
ALTER TABLE "Movement" ENABLE TRIGGER "Movement_append_only";
