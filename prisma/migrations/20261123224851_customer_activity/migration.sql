-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "channelsUsed" "Channel"[] DEFAULT ARRAY[]::"Channel"[],
ADD COLUMN     "lastPurchaseAt" TIMESTAMPTZ(3);


-- Hand-written: the activity customers already have.
UPDATE "Customer" c SET "channelsUsed" = used.channels
FROM (
  SELECT "customerId", array_agg(DISTINCT channel ORDER BY channel) AS channels FROM (
    SELECT "customerId", channel FROM "Purchase" WHERE "customerId" IS NOT NULL
    UNION ALL
    SELECT "customerId", channel FROM "Movement" WHERE channel <> 'ADMIN'
  ) activity GROUP BY "customerId"
) used
WHERE used."customerId" = c.id;

UPDATE "Customer" c SET "lastPurchaseAt" = last.at
FROM (SELECT "customerId", MAX("occurredAt") AS at FROM "Purchase" GROUP BY "customerId") last
WHERE last."customerId" = c.id;

CREATE INDEX "Customer_channelsUsed_idx" ON "Customer" USING gin ("channelsUsed");
