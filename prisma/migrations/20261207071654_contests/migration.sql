-- CreateEnum
CREATE TYPE "SocialNetwork" AS ENUM ('INSTAGRAM', 'FACEBOOK', 'TIKTOK');

-- CreateEnum
CREATE TYPE "ContestEntryStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ContestEntrySource" AS ENUM ('PORTAL', 'IMPORT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SignUpSource" ADD VALUE 'CONTEST';
ALTER TYPE "SignUpSource" ADD VALUE 'REFERRAL';

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "signUpContestId" UUID;

-- CreateTable
CREATE TABLE "Contest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" VARCHAR(48) NOT NULL,
    "titleEn" VARCHAR(120) NOT NULL,
    "titleFr" VARCHAR(120) NOT NULL,
    "textEn" VARCHAR(2000) NOT NULL,
    "textFr" VARCHAR(2000) NOT NULL,
    "rulesEn" TEXT NOT NULL,
    "rulesFr" TEXT NOT NULL,
    "disclaimerEn" VARCHAR(1000) NOT NULL,
    "disclaimerFr" VARCHAR(1000) NOT NULL,
    "networks" "SocialNetwork"[],
    "hashtag" VARCHAR(100),
    "postUrl" VARCHAR(500),
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "entryPoints" INTEGER NOT NULL DEFAULT 0,
    "prizePoints" INTEGER,
    "prizeRewardId" UUID,
    "winnerCount" INTEGER NOT NULL,
    "entriesPerCustomer" INTEGER NOT NULL DEFAULT 1,
    "verifiedOnly" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestTier" (
    "contestId" UUID NOT NULL,
    "tierId" UUID NOT NULL,

    CONSTRAINT "ContestTier_pkey" PRIMARY KEY ("contestId","tierId")
);

-- CreateTable
CREATE TABLE "ContestEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "contestId" UUID NOT NULL,
    "customerId" UUID,
    "number" INTEGER,
    "network" "SocialNetwork" NOT NULL,
    "postUrl" VARCHAR(500) NOT NULL,
    "handle" VARCHAR(64) NOT NULL,
    "email" VARCHAR(254),
    "source" "ContestEntrySource" NOT NULL,
    "status" "ContestEntryStatus" NOT NULL DEFAULT 'PENDING',
    "rejectReason" VARCHAR(500),
    "moderatedAt" TIMESTAMPTZ(3),
    "moderatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contest_slug_key" ON "Contest"("slug");

-- CreateIndex
CREATE INDEX "Contest_startsAt_endsAt_idx" ON "Contest"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "ContestTier_tierId_idx" ON "ContestTier"("tierId");

-- CreateIndex
CREATE INDEX "ContestEntry_contestId_status_createdAt_idx" ON "ContestEntry"("contestId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ContestEntry_customerId_createdAt_idx" ON "ContestEntry"("customerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_contestId_network_postUrl_key" ON "ContestEntry"("contestId", "network", "postUrl");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_contestId_customerId_number_key" ON "ContestEntry"("contestId", "customerId", "number");

-- CreateIndex
CREATE INDEX "Customer_signUpContestId_idx" ON "Customer"("signUpContestId");

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_signUpContestId_fkey" FOREIGN KEY ("signUpContestId") REFERENCES "Contest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_prizeRewardId_fkey" FOREIGN KEY ("prizeRewardId") REFERENCES "Reward"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestTier" ADD CONSTRAINT "ContestTier_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestTier" ADD CONSTRAINT "ContestTier_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "Tier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: what the admin's form checks, held by the database for any other writer.
ALTER TABLE "Contest"
  ADD CONSTRAINT "Contest_dates_check" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Contest_networks_check" CHECK (cardinality("networks") > 0),
  ADD CONSTRAINT "Contest_entry_check" CHECK ("hashtag" IS NOT NULL OR "postUrl" IS NOT NULL),
  ADD CONSTRAINT "Contest_prize_check" CHECK (("prizePoints" IS NULL) <> ("prizeRewardId" IS NULL) AND coalesce("prizePoints", 1) > 0),
  ADD CONSTRAINT "Contest_counts_check" CHECK ("winnerCount" >= 1 AND "entriesPerCustomer" >= 1 AND "entryPoints" >= 0);

-- A member's entry has its number; an entrant not yet a member has none.
ALTER TABLE "ContestEntry"
  ADD CONSTRAINT "ContestEntry_number_check" CHECK (("customerId" IS NULL) = ("number" IS NULL)),
  ADD CONSTRAINT "ContestEntry_reject_check" CHECK (("status" = 'REJECTED') = ("rejectReason" IS NOT NULL));
