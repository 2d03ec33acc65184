-- CreateEnum
CREATE TYPE "RefundPolicy" AS ENUM ('CAP_AT_BALANCE');

-- CreateTable
CREATE TABLE "ProgrammeSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pendingDays" INTEGER NOT NULL DEFAULT 0,
    "expiryMonths" INTEGER NOT NULL DEFAULT 12,
    "refundPolicy" "RefundPolicy" NOT NULL DEFAULT 'CAP_AT_BALANCE',
    "receiptClaimDays" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeSettings_pkey" PRIMARY KEY ("id")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written
-- ---------------------------------------------------------------------------------------------
ALTER TABLE "ProgrammeSettings" ADD CONSTRAINT "ProgrammeSettings_single_row" CHECK (id = 1);
ALTER TABLE "ProgrammeSettings" ADD CONSTRAINT "ProgrammeSettings_values"
  CHECK ("pendingDays" BETWEEN 0 AND 365 AND "expiryMonths" BETWEEN 1 AND 120 AND "receiptClaimDays" BETWEEN 1 AND 365);
INSERT INTO "ProgrammeSettings" (id) VALUES (1);
