-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EarnRuleKind" ADD VALUE 'SIGNUP_BONUS';
ALTER TYPE "EarnRuleKind" ADD VALUE 'PROFILE_BONUS';
ALTER TYPE "EarnRuleKind" ADD VALUE 'BIRTHDAY_BONUS';
ALTER TYPE "EarnRuleKind" ADD VALUE 'NEW_CHANNEL_BONUS';

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "birthDate" DATE;

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "webhookSecret" VARCHAR(128);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "shopId" UUID NOT NULL,
    "eventId" VARCHAR(255) NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "status" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_shopId_eventId_key" ON "WebhookEvent"("shopId", "eventId");

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
