-- The API key a till or the e-shop recorded a purchase or a refund with (null: the order webhook,
-- the demo seed), so the audit log shows these terminal actions with their key, as it does
-- redemptions. Set by the INSERT the write functions already make: no statement is added.
ALTER TABLE "Purchase" ADD COLUMN "apiKeyId" UUID;
ALTER TABLE "Refund" ADD COLUMN "apiKeyId" UUID;

-- The audit log merges them and redemptions with its own entries, newest first.
CREATE INDEX "Purchase_createdAt_idx" ON "Purchase"("createdAt");
CREATE INDEX "Refund_createdAt_idx" ON "Refund"("createdAt");
CREATE INDEX "Redemption_createdAt_idx" ON "Redemption"("createdAt");

-- record_purchase as in referrals, and the purchase keeps its API key (`purchase.apiKeyId`).
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
  INSERT INTO "Purchase" (id, "shopId", "apiKeyId", "externalId", "customerId", channel, amount,
                          currency, "occurredAt", lines, "pointsEarned", "earnDetail", "claimCode")
  VALUES ((sale->>'id')::uuid, (sale->>'shopId')::uuid, (sale->>'apiKeyId')::uuid, sale->>'externalId',
          customer, sale_channel, (sale->>'amount')::int, sale->>'currency', occurred,
          NULLIF(sale->'lines', 'null'), (sale->>'pointsEarned')::int, NULLIF(sale->'earnDetail', 'null'),
          sale->>'claimCode')
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

-- record_refund as in referrals, and the refund keeps its API key (`refund.apiKeyId`).
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
    INSERT INTO "Refund" (id, "purchaseId", "apiKeyId", "externalId", amount, lines, "pointsClawedBack",
                          "pointsWrittenOff", "createdAt")
    VALUES ((refunded->>'id')::uuid, purchase, (refunded->>'apiKeyId')::uuid, refunded->>'externalId',
            (refunded->>'amount')::int, NULLIF(refunded->'lines', 'null'),
            (refunded->>'pointsClawedBack')::int, (refunded->>'pointsWrittenOff')::int, clock_timestamp());
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
