-- CreateEnum
CREATE TYPE "DiscountType" AS ENUM ('FIXED_AMOUNT', 'PERCENTAGE', 'FREE_SHIPPING');

-- CreateEnum
CREATE TYPE "RewardChannels" AS ENUM ('ONLINE', 'STORE', 'BOTH');

-- CreateEnum
CREATE TYPE "CodeStatus" AS ENUM ('ACTIVE', 'REDEEMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RedemptionStatus" AS ENUM ('COMPLETED', 'ROLLED_BACK');

-- CreateEnum
CREATE TYPE "CodeEventType" AS ENUM ('ISSUED', 'VALIDATED', 'REDEEMED', 'ROLLED_BACK', 'CANCELLED');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "cardSecret" VARCHAR(64) NOT NULL DEFAULT upper(substr(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 1, 32));

-- CreateTable
CREATE TABLE "Reward" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "nameEn" VARCHAR(120) NOT NULL,
    "nameFr" VARCHAR(120) NOT NULL,
    "descriptionEn" VARCHAR(1000) NOT NULL DEFAULT '',
    "descriptionFr" VARCHAR(1000) NOT NULL DEFAULT '',
    "imageUrl" VARCHAR(500),
    "pointsCost" INTEGER NOT NULL,
    "discountType" "DiscountType" NOT NULL,
    "discountValue" INTEGER NOT NULL DEFAULT 0,
    "discountCap" INTEGER,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "minBasket" INTEGER,
    "validityDays" INTEGER,
    "validFrom" TIMESTAMPTZ(3),
    "validUntil" TIMESTAMPTZ(3),
    "channels" "RewardChannels" NOT NULL,
    "minTierId" UUID,
    "stock" INTEGER,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscountCode" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(32) NOT NULL,
    "customerId" UUID NOT NULL,
    "rewardId" UUID,
    "status" "CodeStatus" NOT NULL DEFAULT 'ACTIVE',
    "discountType" "DiscountType" NOT NULL,
    "discountValue" INTEGER NOT NULL,
    "discountCap" INTEGER,
    "currency" CHAR(3) NOT NULL,
    "minBasket" INTEGER,
    "channels" "RewardChannels" NOT NULL,
    "pointsCost" INTEGER NOT NULL DEFAULT 0,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "redeemedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" VARCHAR(500),

    CONSTRAINT "DiscountCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Redemption" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "codeId" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "apiKeyId" UUID,
    "channel" "Channel" NOT NULL,
    "status" "RedemptionStatus" NOT NULL DEFAULT 'COMPLETED',
    "basketAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountOff" INTEGER NOT NULL,
    "purchaseExternalId" VARCHAR(255),
    "purchaseId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rolledBackAt" TIMESTAMPTZ(3),

    CONSTRAINT "Redemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeEvent" (
    "id" BIGSERIAL NOT NULL,
    "codeId" UUID NOT NULL,
    "type" "CodeEventType" NOT NULL,
    "channel" "Channel",
    "shopId" UUID,
    "actorType" "ActorType" NOT NULL,
    "actorId" VARCHAR(64),
    "detail" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_code_key" ON "DiscountCode"("code");

-- CreateIndex
CREATE INDEX "DiscountCode_customerId_status_idx" ON "DiscountCode"("customerId", "status");

-- CreateIndex
CREATE INDEX "Redemption_shopId_createdAt_idx" ON "Redemption"("shopId", "createdAt");

-- CreateIndex
CREATE INDEX "Redemption_codeId_idx" ON "Redemption"("codeId");

-- CreateIndex
CREATE INDEX "CodeEvent_codeId_id_idx" ON "CodeEvent"("codeId", "id");

-- AddForeignKey
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_minTierId_fkey" FOREIGN KEY ("minTierId") REFERENCES "Tier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_rewardId_fkey" FOREIGN KEY ("rewardId") REFERENCES "Reward"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "DiscountCode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_purchaseId_fkey" FOREIGN KEY ("purchaseId") REFERENCES "Purchase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeEvent" ADD CONSTRAINT "CodeEvent_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "DiscountCode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written
-- ---------------------------------------------------------------------------------------------

-- Stock never goes below zero, whatever the writer.
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_stock_non_negative" CHECK (stock IS NULL OR stock >= 0);
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_points_cost_positive" CHECK ("pointsCost" > 0);
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_discount_value" CHECK (
  ("discountType" = 'FIXED_AMOUNT' AND "discountValue" > 0) OR
  ("discountType" = 'PERCENTAGE' AND "discountValue" BETWEEN 1 AND 100) OR
  ("discountType" = 'FREE_SHIPPING' AND "discountValue" = 0 AND channels = 'ONLINE'));
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_validity" CHECK ("validUntil" > "validFrom");
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_amounts" CHECK ("amountOff" >= 0 AND "basketAmount" >= 0);

-- At most one live redemption per code: the database backs the conditional update that redeems.
CREATE UNIQUE INDEX "Redemption_one_completed_per_code" ON "Redemption" ("codeId") WHERE status = 'COMPLETED';

-- Keys that held every scope so far keep full access to the new endpoints.
UPDATE "ApiKey" SET scopes = scopes || ARRAY['rewards:read', 'rewards:claim', 'codes:redeem']
WHERE scopes @> ARRAY['customers:read', 'customers:write', 'purchases:write'];
