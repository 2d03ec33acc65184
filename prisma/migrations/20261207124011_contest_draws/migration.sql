-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'CONTEST_WON';
ALTER TYPE "NotificationKind" ADD VALUE 'CONTEST_DRAWN';

-- AlterTable
ALTER TABLE "Contest" ADD COLUMN     "drawFrozenAt" TIMESTAMPTZ(3),
ADD COLUMN     "drawList" TEXT,
ADD COLUMN     "drawListHash" CHAR(64),
ADD COLUMN     "drawSeed" CHAR(64),
ADD COLUMN     "drawSeedHash" CHAR(64),
ADD COLUMN     "drawnAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ContestWinner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "contestId" UUID NOT NULL,
    "pick" INTEGER NOT NULL,
    "entryId" UUID NOT NULL,
    "customerId" UUID,
    "person" VARCHAR(120) NOT NULL,
    "codeId" UUID,
    "disqualifiedAt" TIMESTAMPTZ(3),
    "disqualifyReason" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestWinner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContestWinner_entryId_key" ON "ContestWinner"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestWinner_codeId_key" ON "ContestWinner"("codeId");

-- CreateIndex
CREATE INDEX "ContestWinner_customerId_idx" ON "ContestWinner"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestWinner_contestId_pick_key" ON "ContestWinner"("contestId", "pick");

-- CreateIndex
CREATE INDEX "ContestEntry_email_idx" ON "ContestEntry"("email");

-- AddForeignKey
ALTER TABLE "ContestWinner" ADD CONSTRAINT "ContestWinner_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestWinner" ADD CONSTRAINT "ContestWinner_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ContestEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestWinner" ADD CONSTRAINT "ContestWinner_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestWinner" ADD CONSTRAINT "ContestWinner_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "DiscountCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a draw's columns come together (frozen: list, hashes and seed; drawn only when
-- frozen), and a disqualification says why.
ALTER TABLE "Contest"
  ADD CONSTRAINT "Contest_draw_frozen_check" CHECK (
    ("drawFrozenAt" IS NULL) = ("drawList" IS NULL)
    AND ("drawFrozenAt" IS NULL) = ("drawListHash" IS NULL)
    AND ("drawFrozenAt" IS NULL) = ("drawSeed" IS NULL)
    AND ("drawFrozenAt" IS NULL) = ("drawSeedHash" IS NULL)
    AND ("drawnAt" IS NULL OR "drawFrozenAt" IS NOT NULL));
ALTER TABLE "ContestWinner"
  ADD CONSTRAINT "ContestWinner_disqualified_check" CHECK (("disqualifiedAt" IS NULL) = ("disqualifyReason" IS NULL)),
  ADD CONSTRAINT "ContestWinner_pick_check" CHECK ("pick" >= 0);
