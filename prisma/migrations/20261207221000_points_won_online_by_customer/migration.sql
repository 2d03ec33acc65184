-- `buyers_by_day` asks, for each shop purchase, whether its member won points online in the 30
-- days before: looked up per member and date in this partial index. Without it the lookup ANDed
-- the member's movements with a month of the date's block ranges, purchase by purchase (minutes
-- for a day of a million purchases). Only points won online enter it, so the tills' other
-- movements never update it. Partial, it is written here: prisma/schema.prisma cannot express it.
CREATE INDEX "Movement_won_online_idx" ON "Movement"("customerId", "createdAt")
  WHERE points > 0 AND channel IN ('APP', 'SOCIAL', 'REFERRAL');
