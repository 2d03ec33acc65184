-- A member who signs up with the handle of an imported entry (one without an email) claims it;
-- a moderator confirms the claim before the entry, its points and its prize become hers.
ALTER TABLE "ContestEntry" ADD COLUMN "claimedById" UUID;

ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_claimedById_fkey"
  FOREIGN KEY ("claimedById") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "ContestEntry_handle_idx" ON "ContestEntry"("handle");

CREATE INDEX "ContestEntry_claimedById_idx" ON "ContestEntry"("claimedById");
