-- CreateEnum
CREATE TYPE "OfferBenefit" AS ENUM ('DISCOUNT_CODE', 'TILL_BENEFIT');

-- AlterTable
ALTER TABLE "DiscountCode" ADD COLUMN     "offerId" UUID;

-- CreateTable
CREATE TABLE "Offer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "titleEn" VARCHAR(120) NOT NULL,
    "titleFr" VARCHAR(120) NOT NULL,
    "textEn" VARCHAR(2000) NOT NULL DEFAULT '',
    "textFr" VARCHAR(2000) NOT NULL DEFAULT '',
    "imageUrl" VARCHAR(500),
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "channels" "RewardChannels" NOT NULL,
    "benefit" "OfferBenefit" NOT NULL,
    "discountType" "DiscountType" NOT NULL,
    "discountValue" INTEGER NOT NULL DEFAULT 0,
    "discountCap" INTEGER,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "minBasket" INTEGER,
    "perCustomerLimit" INTEGER NOT NULL DEFAULT 1,
    "totalCap" INTEGER,
    "claimedCount" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferTier" (
    "offerId" UUID NOT NULL,
    "tierId" UUID NOT NULL,

    CONSTRAINT "OfferTier_pkey" PRIMARY KEY ("offerId","tierId")
);

-- CreateTable
CREATE TABLE "OfferSegment" (
    "offerId" UUID NOT NULL,
    "segmentId" UUID NOT NULL,

    CONSTRAINT "OfferSegment_pkey" PRIMARY KEY ("offerId","segmentId")
);

-- CreateTable
CREATE TABLE "OfferClaim" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "shopId" UUID,
    "codeId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Offer_startsAt_endsAt_idx" ON "Offer"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "OfferTier_tierId_idx" ON "OfferTier"("tierId");

-- CreateIndex
CREATE INDEX "OfferSegment_segmentId_idx" ON "OfferSegment"("segmentId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferClaim_codeId_key" ON "OfferClaim"("codeId");

-- CreateIndex
CREATE INDEX "OfferClaim_offerId_customerId_idx" ON "OfferClaim"("offerId", "customerId");

-- CreateIndex
CREATE INDEX "OfferClaim_offerId_createdAt_idx" ON "OfferClaim"("offerId", "createdAt");

-- CreateIndex
CREATE INDEX "OfferClaim_customerId_createdAt_idx" ON "OfferClaim"("customerId", "createdAt");

-- AddForeignKey
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferTier" ADD CONSTRAINT "OfferTier_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferTier" ADD CONSTRAINT "OfferTier_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "Tier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSegment" ADD CONSTRAINT "OfferSegment_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSegment" ADD CONSTRAINT "OfferSegment_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferClaim" ADD CONSTRAINT "OfferClaim_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferClaim" ADD CONSTRAINT "OfferClaim_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferClaim" ADD CONSTRAINT "OfferClaim_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferClaim" ADD CONSTRAINT "OfferClaim_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "DiscountCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the cap and the limits hold in the database, whatever the caller.
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_dates" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_per_customer_limit" CHECK ("perCustomerLimit" >= 1);
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_claimed_within_cap" CHECK (
  "claimedCount" >= 0 AND ("totalCap" IS NULL OR "claimedCount" <= "totalCap"));
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_discount_value" CHECK (
  ("discountType" = 'FIXED_AMOUNT' AND "discountValue" > 0) OR
  ("discountType" = 'PERCENTAGE' AND "discountValue" BETWEEN 1 AND 100) OR
  ("discountType" = 'FREE_SHIPPING' AND "discountValue" = 0));
-- A code issued by a claim belongs to that claim's offer.
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_one_source" CHECK ("rewardId" IS NULL OR "offerId" IS NULL);
