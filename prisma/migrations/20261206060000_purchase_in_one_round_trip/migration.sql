-- A till's purchase as one round trip (see the `redeem_in_one_round_trip` migration for the
-- outcomes). The caller read the customer's context in one statement (purchase_context in
-- packages/core/src/purchases), ran the earning engine and planned the movements on it; this
-- function takes the Idempotency-Key, locks the customer's points account and checks that what
-- the plan was made on still holds: the account row's version (xmin: every movement of the
-- customer rewrites that row), the tier and its multiplier and the programme's configuration
-- stamp. If not, it answers {"stale": true} and writes nothing, and the caller plans again.
-- A purchase the shop already sent answers {"exists": true}.
--
-- `p` holds the decision, as record-purchase.ts builds it:
--   purchase: id, shopId, externalId, customerId, channel, amount, currency, occurredAt, lines,
--             pointsEarned, earnDetail, claimCode, redemptionIds
--   expected: version, tierId, multiplier, configStamp           (with a customer)
--   earn, bonus: write_movement's arguments (id, points, spendable, pending, debt, pendingUntil,
--             sourceType, sourceId, reason, qualifying, pendingCode, debtCode, programmeCode)
--   bonusLine: the purchase's earn-detail line for the bonus
--   upgrade: toTierId, fromTierId, figure;  liftsWarning: boolean
--   answerStatus, answer; key: apiKeyId, webhookShopId, key, requestHash, queue
CREATE FUNCTION record_purchase(p jsonb) RETURNS jsonb
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

-- write_movement from a movement planned in TypeScript and handed over as jsonb; a debit must
-- find in the customer's lots what it takes from the spendable balance.
CREATE FUNCTION write_movement_of(customer uuid, movement_type "MovementType", movement_channel "Channel", m jsonb)
RETURNS int LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  written record;
BEGIN
  SELECT * INTO written FROM write_movement(
    (m->>'id')::uuid, customer, movement_type, movement_channel, (m->>'points')::int,
    m->>'sourceType', m->>'sourceId', m->>'reason', NULL, (m->>'qualifying')::boolean,
    (m->>'spendable')::int, (m->>'pending')::int, (m->>'debt')::int,
    m->>'pendingCode', m->>'debtCode', m->>'programmeCode',
    false, (m->>'pendingUntil')::timestamptz, NULL, false);
  IF (m->>'spendable')::int < 0 AND written.taken_from_lots <> -(m->>'spendable')::int THEN
    RAISE EXCEPTION 'customer %''s lots hold % of the % points spent',
      customer, written.taken_from_lots, -(m->>'spendable')::int;
  END IF;
  RETURN written.new_balance;
END
$$;
