-- Support blocks an account: no sign-in, no spending at a till, until it is unblocked.
ALTER TABLE "Customer" ADD COLUMN "blockedAt" TIMESTAMPTZ(3),
  ADD COLUMN "blockedReason" VARCHAR(500),
  ADD COLUMN "blockedById" UUID;

ALTER TABLE "Customer" ADD CONSTRAINT "Customer_blockedById_fkey"
  FOREIGN KEY ("blockedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
