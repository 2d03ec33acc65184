-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "pointsWrittenOff" INTEGER NOT NULL DEFAULT 0;

-- Refunds recorded before this column: what each owed (its share of floor(P × R / A), cumulative
-- over the purchase's refunds in order) less what it took back. Refunds made before an anonymous
-- purchase was claimed owed nothing (the claim never earned that part).
UPDATE "Refund" r SET "pointsWrittenOff" = GREATEST(0, o.due - r."pointsClawedBack")
FROM (
  SELECT r.id, r."createdAt", p."claimedAt",
         (p."pointsEarned"::bigint * SUM(r.amount) OVER w / p.amount)
         - (p."pointsEarned"::bigint * (SUM(r.amount) OVER w - r.amount) / p.amount) AS due
  FROM "Refund" r JOIN "Purchase" p ON p.id = r."purchaseId"
  WHERE p.amount > 0 AND p."customerId" IS NOT NULL
  WINDOW w AS (PARTITION BY r."purchaseId" ORDER BY r."createdAt", r.id)
) o
WHERE o.id = r.id AND (o."claimedAt" IS NULL OR o."createdAt" > o."claimedAt");
