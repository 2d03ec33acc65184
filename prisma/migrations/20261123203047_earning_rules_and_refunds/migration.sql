-- CreateEnum
CREATE TYPE "EarnRuleKind" AS ENUM ('BASE_RATE', 'PROMOTION', 'PRODUCT_BONUS', 'PURCHASE_CAP', 'DAILY_CAP');

-- AlterTable
ALTER TABLE "Tier" ADD COLUMN     "earnMultiplier" INTEGER NOT NULL DEFAULT 100;

-- AlterTable
ALTER TABLE "Purchase" ADD COLUMN     "claimCode" VARCHAR(16),
ADD COLUMN     "claimedAt" TIMESTAMPTZ(3),
ADD COLUMN     "earnDetail" JSONB,
ADD COLUMN     "pointsClawedBack" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refundedAmount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EarnRule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "EarnRuleKind" NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "channels" "Channel"[],
    "shopIds" UUID[],
    "rate" INTEGER,
    "multiplier" INTEGER,
    "points" INTEGER,
    "category" VARCHAR(64),
    "sku" VARCHAR(64),
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "weekdays" INTEGER[],
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EarnRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "purchaseId" UUID NOT NULL,
    "externalId" VARCHAR(255) NOT NULL,
    "amount" INTEGER NOT NULL,
    "lines" JSONB,
    "pointsClawedBack" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EarnRule_kind_archivedAt_idx" ON "EarnRule"("kind", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_purchaseId_externalId_key" ON "Refund"("purchaseId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Purchase_claimCode_key" ON "Purchase"("claimCode");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_purchaseId_fkey" FOREIGN KEY ("purchaseId") REFERENCES "Purchase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written
-- ---------------------------------------------------------------------------------------------

-- Refunds never exceed the purchase, and never take back more points than it earned.
ALTER TABLE "Purchase" ADD CONSTRAINT "Purchase_refunds_within_purchase"
  CHECK ("refundedAmount" BETWEEN 0 AND amount AND "pointsClawedBack" BETWEEN 0 AND "pointsEarned");
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amount_positive" CHECK (amount > 0 AND "pointsClawedBack" >= 0);
ALTER TABLE "Tier" ADD CONSTRAINT "Tier_earn_multiplier_positive" CHECK ("earnMultiplier" > 0);
ALTER TABLE "EarnRule" ADD CONSTRAINT "EarnRule_values" CHECK (
  (rate IS NULL OR rate >= 0) AND (multiplier IS NULL OR multiplier > 0) AND (points IS NULL OR points >= 0)
  AND ("endsAt" IS NULL OR "startsAt" IS NULL OR "endsAt" > "startsAt"));

-- The programme's starting rules keep what purchases earned so far: 1 point per currency unit.
INSERT INTO "EarnRule" (kind, name, channels, "shopIds", rate, weekdays) VALUES
  ('BASE_RATE', '1 point per unit spent in shops', '{STORE}', '{}', 100, '{}'),
  ('BASE_RATE', '1 point per unit spent online', '{ESHOP}', '{}', 100, '{}');
