-- Support merges two accounts of one person: the points of the merged account move to the kept
-- one by a pair of TRANSFER movements, and the merged account stays as a redirect to it.
ALTER TYPE "MovementType" ADD VALUE 'TRANSFER';
ALTER TYPE "TierChangeReason" ADD VALUE 'MERGED';

ALTER TABLE "Customer" ADD COLUMN "mergedIntoId" UUID,
  ADD COLUMN "mergedAt" TIMESTAMPTZ(3);

ALTER TABLE "Customer" ADD CONSTRAINT "Customer_mergedIntoId_fkey"
  FOREIGN KEY ("mergedIntoId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A kept account's merged accounts: rare, so the index holds only them.
CREATE INDEX "Customer_mergedIntoId_idx" ON "Customer"("mergedIntoId") WHERE "mergedIntoId" IS NOT NULL;
