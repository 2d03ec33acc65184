-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AccountKind" ADD VALUE 'CUSTOMER_PENDING';
ALTER TYPE "AccountKind" ADD VALUE 'CUSTOMER_DEBT';

-- AlterEnum
ALTER TYPE "MovementType" ADD VALUE 'RELEASE';

-- AlterEnum
ALTER TYPE "RefundPolicy" ADD VALUE 'DEBT';

-- CreateTable
CREATE TABLE "PointLot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "sourceType" VARCHAR(32) NOT NULL,
    "sourceId" VARCHAR(255),
    "points" INTEGER NOT NULL,
    "remaining" INTEGER NOT NULL,
    "pendingUntil" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointLot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PointLot_customerId_expiresAt_idx" ON "PointLot"("customerId", "expiresAt");

-- CreateIndex
CREATE INDEX "PointLot_sourceType_sourceId_idx" ON "PointLot"("sourceType", "sourceId");

-- AddForeignKey
ALTER TABLE "PointLot" ADD CONSTRAINT "PointLot_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointLot" ADD CONSTRAINT "PointLot_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "Movement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written. The new enum values cannot be used as such in the transaction that adds them,
-- so the constraints compare kind as text.
-- ---------------------------------------------------------------------------------------------

-- Spendable and pending balances are never negative; a debt is never positive.
ALTER TABLE "Account" DROP CONSTRAINT "Account_customer_balance_non_negative";
ALTER TABLE "Account" ADD CONSTRAINT "Account_customer_balance_sign"
  CHECK (CASE kind::text
           WHEN 'CUSTOMER' THEN balance >= 0
           WHEN 'CUSTOMER_PENDING' THEN balance >= 0
           WHEN 'CUSTOMER_DEBT' THEN balance <= 0
           ELSE true END);
-- The spendable account is linked by customerId; every other account has a code.
ALTER TABLE "Account" DROP CONSTRAINT "Account_owner";
ALTER TABLE "Account" ADD CONSTRAINT "Account_owner"
  CHECK ((kind::text = 'CUSTOMER') = ("customerId" IS NOT NULL) AND (kind::text = 'CUSTOMER') = (code IS NULL));

ALTER TABLE "PointLot" ADD CONSTRAINT "PointLot_remaining"
  CHECK (points > 0 AND remaining BETWEEN 0 AND points);

-- What the expiry and release jobs look for.
CREATE INDEX "PointLot_expiring_idx" ON "PointLot"("expiresAt")
  WHERE remaining > 0 AND "pendingUntil" IS NULL;
CREATE INDEX "PointLot_pending_idx" ON "PointLot"("pendingUntil")
  WHERE "pendingUntil" IS NOT NULL;

-- Balances earned before lots existed become one lot per customer, credited by their latest
-- credit movement and expiring after the programme's expiry period from today.
INSERT INTO "PointLot" ("customerId", "movementId", "sourceType", "sourceId", points, remaining, "expiresAt")
SELECT a."customerId", m.id, m."sourceType", m."sourceId", a.balance, a.balance,
       now() + make_interval(months => COALESCE((SELECT "expiryMonths" FROM "ProgrammeSettings" WHERE id = 1), 12))
FROM "Account" a
CROSS JOIN LATERAL (
  SELECT id, "sourceType", "sourceId" FROM "Movement"
  WHERE "customerId" = a."customerId" AND points > 0 ORDER BY seq DESC LIMIT 1
) m
WHERE a.kind::text = 'CUSTOMER' AND a.balance > 0;

-- The settings row always exists, so purchases read it without writing.
INSERT INTO "ProgrammeSettings" (id, "updatedAt") VALUES (1, now()) ON CONFLICT (id) DO NOTHING;
