-- DropForeignKey
ALTER TABLE "WebhookEvent" DROP CONSTRAINT "WebhookEvent_shopId_fkey";

-- AlterTable
ALTER TABLE "IdempotencyRecord" ADD COLUMN     "webhookShopId" UUID,
ALTER COLUMN "apiKeyId" DROP NOT NULL;

-- DropTable
DROP TABLE "WebhookEvent";

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyRecord_webhookShopId_key_key" ON "IdempotencyRecord"("webhookShopId", "key");

-- AddForeignKey
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_webhookShopId_fkey" FOREIGN KEY ("webhookShopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written. An order webhook's event ids are now idempotency keys of its shop, replayed like
-- the REST API's. Its old event rows are not carried over: a redelivery of one of those events
-- reaches the purchase or refund by its externalId, which answers with the first one again.
-- A record belongs to an API key or to an e-shop's order webhook, never both.
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_one_owner"
  CHECK (num_nonnulls("apiKeyId", "webhookShopId") = 1);
