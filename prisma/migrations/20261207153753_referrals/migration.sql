-- Referrals. A member's referral code: 8 characters of Crockford's base32 (no I, L, O, U), 40
-- random bits from a v4 UUID's random bytes (bytes 6 and 8 carry its version and variant).
CREATE FUNCTION referral_code() RETURNS varchar LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(r.b, i) % 32 + 1, 1), '' ORDER BY i)
  FROM (SELECT uuid_send(gen_random_uuid()) AS b) r, unnest(ARRAY[0, 1, 2, 3, 4, 5, 9, 10]) AS i
$$;

-- CreateEnum
CREATE TYPE "ReferralVia" AS ENUM ('LINK', 'CODE', 'TILL');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('PENDING', 'HELD', 'QUALIFIED', 'REWARDED', 'REVERSED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReferralHold" AS ENUM ('SAME_EMAIL', 'SAME_PHONE', 'SAME_DEVICE', 'SAME_IP', 'WEEKLY_LIMIT');

-- AlterEnum
ALTER TYPE "EarnRuleKind" ADD VALUE 'REFERRAL_BONUS';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'REFERRAL_REWARDED';

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "referralCode" VARCHAR(16) NOT NULL DEFAULT referral_code(),
ADD COLUMN     "referralDevice" VARCHAR(128),
ADD COLUMN     "referralIpAddress" VARCHAR(64);

-- AlterTable
ALTER TABLE "EarnRule" ADD COLUMN     "friendPoints" INTEGER,
ADD COLUMN     "minAmount" INTEGER;

-- AlterTable
ALTER TABLE "ProgrammeSettings" ADD COLUMN     "referralsPerWeek" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "referrerId" UUID NOT NULL,
    "friendId" UUID NOT NULL,
    "via" "ReferralVia" NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'PENDING',
    "holds" "ReferralHold"[] DEFAULT ARRAY[]::"ReferralHold"[],
    "ipAddress" VARCHAR(64),
    "device" VARCHAR(128),
    "purchaseId" UUID,
    "referrerPoints" INTEGER NOT NULL DEFAULT 0,
    "friendPoints" INTEGER NOT NULL DEFAULT 0,
    "minAmount" INTEGER NOT NULL DEFAULT 1,
    "qualifiedAt" TIMESTAMPTZ(3),
    "purchaseRefundedAt" TIMESTAMPTZ(3),
    "rewardedAt" TIMESTAMPTZ(3),
    "reversedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Referral_friendId_key" ON "Referral"("friendId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_purchaseId_key" ON "Referral"("purchaseId");

-- CreateIndex
CREATE INDEX "Referral_referrerId_createdAt_idx" ON "Referral"("referrerId", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_status_createdAt_idx" ON "Referral"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_referralCode_key" ON "Customer"("referralCode");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referrerId_fkey" FOREIGN KEY ("referrerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_friendId_fkey" FOREIGN KEY ("friendId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_purchaseId_fkey" FOREIGN KEY ("purchaseId") REFERENCES "Purchase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A member cannot refer herself.
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_not_self" CHECK ("referrerId" <> "friendId");
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_points_not_negative"
  CHECK ("referrerPoints" >= 0 AND "friendPoints" >= 0 AND "minAmount" >= 1);
ALTER TABLE "ProgrammeSettings" ADD CONSTRAINT "ProgrammeSettings_referralsPerWeek_range"
  CHECK ("referralsPerWeek" BETWEEN 1 AND 1000);

-- What the referral-rewards job reads every minute: referrals due for payment, and those whose
-- purchase was refunded, to reverse.
CREATE INDEX "Referral_due_idx" ON "Referral" ("qualifiedAt") WHERE status = 'QUALIFIED';
CREATE INDEX "Referral_refunded_idx" ON "Referral" ("purchaseRefundedAt")
  WHERE "purchaseRefundedAt" IS NOT NULL AND status IN ('QUALIFIED', 'REWARDED');

-- Marks a friend's first qualifying purchase on her referral, with what the rule pays
-- (`reward`: referrerPoints, friendPoints, minAmount); the referral-rewards job pays it after the
-- pending period. Once: the caller holds the friend's points account lock (purchases and claims
-- of a customer queue on it), and a referral already qualified is left alone. A held referral
-- records its purchase too, and stays held for the admin.
CREATE FUNCTION qualify_referral(friend uuid, purchase uuid, reward jsonb) RETURNS void
LANGUAGE sql VOLATILE AS $$
  UPDATE "Referral" r SET "purchaseId" = purchase, "qualifiedAt" = clock_timestamp(),
    status = CASE WHEN r.status = 'PENDING' THEN 'QUALIFIED'::"ReferralStatus" ELSE r.status END,
    "referrerPoints" = (reward->>'referrerPoints')::int,
    "friendPoints" = (reward->>'friendPoints')::int,
    "minAmount" = (reward->>'minAmount')::int
  WHERE r."friendId" = friend AND r."purchaseId" IS NULL AND r.status IN ('PENDING', 'HELD')
$$;

-- record_purchase as in purchase_in_one_round_trip, and it qualifies the friend's referral
-- (`referral`: what the rule pays).
CREATE OR REPLACE FUNCTION record_purchase(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  sale jsonb := p->'purchase';
  customer uuid := (sale->>'customerId')::uuid;
  sale_channel "Channel" := (sale->>'channel')::"Channel";
  occurred timestamptz := (sale->>'occurredAt')::timestamptz;
  idem jsonb := p->'key';
  held jsonb;
  fresh record;
  inserted uuid;
BEGIN
  IF jsonb_typeof(idem) = 'object' THEN
    held := claim_idempotency_key((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid,
                                  idem->>'key', (idem->>'queue')::boolean);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;

  IF customer IS NOT NULL THEN
    PERFORM 1 FROM "Account" a WHERE a."customerId" = customer FOR UPDATE;
    -- A statement of its own after the lock: it sees what the lock's previous holder committed.
    SELECT a.xmin::text AS version, c."tierId" AS tier, t."earnMultiplier" AS multiplier,
           (SELECT s."configStamp"::text FROM "ProgrammeSettings" s WHERE s.id = 1) AS stamp
    INTO fresh
    FROM "Account" a JOIN "Customer" c ON c.id = a."customerId" JOIN "Tier" t ON t.id = c."tierId"
    WHERE a."customerId" = customer;
    IF fresh.version IS DISTINCT FROM p->'expected'->>'version'
       OR fresh.tier IS DISTINCT FROM (p->'expected'->>'tierId')::uuid
       OR fresh.multiplier IS DISTINCT FROM (p->'expected'->>'multiplier')::int
       OR fresh.stamp IS DISTINCT FROM p->'expected'->>'configStamp' THEN
      RETURN '{"stale": true}'::jsonb;
    END IF;
    -- The bonus of a first purchase on the channel, planned on a read that saw none: stale if one
    -- was recorded since (a purchase that earned nothing moves no account).
    IF jsonb_typeof(p->'bonus') = 'object' AND EXISTS (
         SELECT 1 FROM "Purchase" o WHERE o."customerId" = customer AND o.channel = sale_channel) THEN
      RETURN '{"stale": true}'::jsonb;
    END IF;
  END IF;

  -- ON CONFLICT waits for a concurrent insert of the same purchase, then does nothing.
  INSERT INTO "Purchase" (id, "shopId", "externalId", "customerId", channel, amount, currency,
                          "occurredAt", lines, "pointsEarned", "earnDetail", "claimCode")
  VALUES ((sale->>'id')::uuid, (sale->>'shopId')::uuid, sale->>'externalId', customer, sale_channel,
          (sale->>'amount')::int, sale->>'currency', occurred, NULLIF(sale->'lines', 'null'),
          (sale->>'pointsEarned')::int, NULLIF(sale->'earnDetail', 'null'), sale->>'claimCode')
  ON CONFLICT ("shopId", "externalId") DO NOTHING
  RETURNING id INTO inserted;
  IF inserted IS NULL THEN RETURN '{"exists": true}'::jsonb; END IF;

  IF customer IS NOT NULL THEN
    -- The customer's activity summary: a new channel, a newer purchase.
    UPDATE "Customer" c SET
      "channelsUsed" = CASE WHEN sale_channel = ANY(COALESCE(c."channelsUsed", '{}')) THEN c."channelsUsed"
                            ELSE array_append(COALESCE(c."channelsUsed", '{}'), sale_channel) END,
      "lastPurchaseAt" = GREATEST(c."lastPurchaseAt", occurred)
    WHERE c.id = customer
      AND (NOT (sale_channel = ANY(COALESCE(c."channelsUsed", '{}')))
           OR c."lastPurchaseAt" IS NULL OR c."lastPurchaseAt" < occurred);
    IF jsonb_typeof(p->'earn') = 'object' THEN PERFORM write_movement_of(customer, 'EARN', sale_channel, p->'earn'); END IF;
    IF jsonb_typeof(p->'upgrade') = 'object' THEN
      UPDATE "Customer" c SET "tierId" = (p->'upgrade'->>'toTierId')::uuid, "tierAtRiskSince" = NULL
      WHERE c.id = customer;
      -- Stamped now, after the lock: the history keeps the order in which changes were made.
      INSERT INTO "TierChange" ("customerId", "fromTierId", "toTierId", reason, "qualifyingFigure", "movementId", "createdAt")
      VALUES (customer, (p->'upgrade'->>'fromTierId')::uuid, (p->'upgrade'->>'toTierId')::uuid, 'QUALIFIED',
              (p->'upgrade'->>'figure')::int, (p->'earn'->>'id')::uuid, clock_timestamp());
    ELSIF (p->>'liftsWarning')::boolean THEN
      UPDATE "Customer" c SET "tierAtRiskSince" = NULL WHERE c.id = customer;
    END IF;
    -- The friend's first qualifying purchase (see qualify_referral).
    IF jsonb_typeof(p->'referral') = 'object' THEN
      PERFORM qualify_referral(customer, inserted, p->'referral');
    END IF;
    IF jsonb_typeof(p->'bonus') = 'object' THEN
      PERFORM write_movement_of(customer, 'EARN', sale_channel, p->'bonus');
      UPDATE "Purchase" SET "earnDetail" = COALESCE("earnDetail", '[]'::jsonb) || jsonb_build_array(p->'bonusLine')
      WHERE id = inserted;
    END IF;
  END IF;

  IF jsonb_array_length(COALESCE(sale->'redemptionIds', '[]'::jsonb)) > 0 THEN
    UPDATE "Redemption" r SET "purchaseId" = inserted
    WHERE r.id IN (SELECT jsonb_array_elements_text(sale->'redemptionIds')::uuid)
      AND r."shopId" = (sale->>'shopId')::uuid AND r."purchaseId" IS NULL;
  END IF;

  IF jsonb_typeof(idem) = 'object' THEN
    RETURN keep_idempotent_answer((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid, idem->>'key',
                                  idem->>'requestHash', (p->>'answerStatus')::int, p->'answer');
  END IF;
  RETURN jsonb_build_object('status', (p->>'answerStatus')::int, 'body', p->'answer');
END
$$;

-- record_refund as in refund_in_one_round_trip, and it marks a referral whose purchase the refund
-- took below its minimum.
CREATE OR REPLACE FUNCTION record_refund(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  purchase uuid := (p->>'purchaseId')::uuid;
  customer uuid := (p->'expected'->>'customerId')::uuid;
  refunded jsonb := p->'refund';
  idem jsonb := p->'key';
  held jsonb;
  fresh record;
BEGIN
  IF jsonb_typeof(idem) = 'object' THEN
    held := claim_idempotency_key((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid,
                                  idem->>'key', (idem->>'queue')::boolean);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;

  -- FOR UPDATE returns the row as the lock's previous holder left it, so its version is current.
  SELECT u.xmin::text AS version INTO fresh FROM "Purchase" u WHERE u.id = purchase FOR UPDATE;
  IF fresh.version IS DISTINCT FROM p->'expected'->>'version' THEN
    RETURN '{"stale": true}'::jsonb;
  END IF;
  IF customer IS NOT NULL THEN
    -- As in record_purchase: the read is a statement of its own after the lock, so the settings'
    -- stamp is as the lock's previous holder committed it too.
    PERFORM 1 FROM "Account" a WHERE a."customerId" = customer FOR UPDATE;
    SELECT a.xmin::text AS version,
           (SELECT s."configStamp"::text FROM "ProgrammeSettings" s WHERE s.id = 1) AS stamp
    INTO fresh FROM "Account" a WHERE a."customerId" = customer;
    IF fresh.version IS DISTINCT FROM p->'expected'->>'accountVersion'
       OR fresh.stamp IS DISTINCT FROM p->'expected'->>'configStamp' THEN
      RETURN '{"stale": true}'::jsonb;
    END IF;
  END IF;

  IF jsonb_typeof(refunded) = 'object' THEN
    -- Stamped now, after the locks: the order of a purchase's refunds is the order they applied in.
    INSERT INTO "Refund" (id, "purchaseId", "externalId", amount, lines, "pointsClawedBack",
                          "pointsWrittenOff", "createdAt")
    VALUES ((refunded->>'id')::uuid, purchase, refunded->>'externalId', (refunded->>'amount')::int,
            NULLIF(refunded->'lines', 'null'), (refunded->>'pointsClawedBack')::int,
            (refunded->>'pointsWrittenOff')::int, clock_timestamp());
    UPDATE "Purchase" u SET "refundedAmount" = u."refundedAmount" + (refunded->>'amount')::int,
                            "pointsClawedBack" = u."pointsClawedBack" + (refunded->>'pointsClawedBack')::int
    WHERE u.id = purchase;
    IF jsonb_typeof(p->'reversal') = 'object' THEN
      PERFORM write_movement_of(customer, 'REVERSAL', (p->>'channel')::"Channel", p->'reversal');
    END IF;
    -- A referral this purchase qualified no longer holds once less than its minimum is left: the
    -- referral-rewards job reverses it (or does not pay it).
    UPDATE "Referral" r SET "purchaseRefundedAt" = clock_timestamp()
    FROM "Purchase" u
    WHERE r."purchaseId" = purchase AND u.id = purchase AND r."purchaseRefundedAt" IS NULL
      AND u.amount - u."refundedAmount" < r."minAmount";
  END IF;

  IF jsonb_typeof(idem) = 'object' THEN
    RETURN keep_idempotent_answer((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid, idem->>'key',
                                  idem->>'requestHash', (p->>'answerStatus')::int, p->'answer');
  END IF;
  RETURN jsonb_build_object('status', (p->>'answerStatus')::int, 'body', p->'answer');
END
$$;
