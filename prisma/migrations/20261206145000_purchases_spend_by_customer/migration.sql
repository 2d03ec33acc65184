-- A customer's spend over a window (segments' "amount spent", the tier figure when the programme
-- measures spend) sums amount less refunds over their purchases by date: with both columns in the
-- index, that is read from the index alone, in customer order, for every customer at once. It
-- replaces the index on the same keys, so a customer's purchases by date are read as before (a
-- query for one customer implies the index's condition). Partial and with included columns, it
-- is written here: prisma/schema.prisma cannot express it.
DROP INDEX "Purchase_customerId_occurredAt_idx";
CREATE INDEX "Purchase_customer_spend_idx" ON "Purchase"("customerId", "occurredAt") INCLUDE (amount, "refundedAmount")
  WHERE "customerId" IS NOT NULL;
