-- A refund of a purchase as one round trip (see `redeem_in_one_round_trip` for the outcomes and
-- `purchase_in_one_round_trip` for the check of what a use case was decided on). The caller read
-- the purchase, its earlier refunds and its customer's balances and lot in one statement
-- (refund-context.ts in packages/core/src/refunds), priced the refund and planned the points it
-- takes back on them; this function takes the Idempotency-Key, locks the purchase, then its
-- customer's points account (the order a receipt claim takes them in), and answers
-- {"stale": true}, writing nothing, if either row changed since the read (xmin: every refund
-- rewrites its purchase's row, every movement the account's) or the programme's configuration did
-- (its refund policy). Otherwise it records the refund, adds it to the purchase's totals, writes
-- the reversal and keeps the answer under the key. A refund the shop already sent comes without
-- `refund`: only its answer (the first refund, with the resent status) is kept.
--
-- `p` holds the decision, as refund-decision.ts builds it:
--   purchaseId, channel
--   expected: version (the purchase's), customerId, accountVersion, configStamp
--   refund: id, externalId, amount, lines, pointsClawedBack, pointsWrittenOff   (a new refund)
--   reversal: write_movement_of's argument, with the purchase's lot            (points taken back)
--   answerStatus, answer; key: apiKeyId, webhookShopId, key, requestHash, queue
CREATE FUNCTION record_refund(p jsonb) RETURNS jsonb
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
  END IF;

  IF jsonb_typeof(idem) = 'object' THEN
    RETURN keep_idempotent_answer((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid, idem->>'key',
                                  idem->>'requestHash', (p->>'answerStatus')::int, p->'answer');
  END IF;
  RETURN jsonb_build_object('status', (p->>'answerStatus')::int, 'body', p->'answer');
END
$$;

-- write_movement_of as before, and a debit may now name the lot it takes from first (`lot`: id,
-- pending): a refund's reversal takes back from its purchase's own lot, cancelling its points
-- while they are still pending.
CREATE OR REPLACE FUNCTION write_movement_of(customer uuid, movement_type "MovementType", movement_channel "Channel", m jsonb)
RETURNS int LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  written record;
BEGIN
  SELECT * INTO written FROM write_movement(
    (m->>'id')::uuid, customer, movement_type, movement_channel, (m->>'points')::int,
    m->>'sourceType', m->>'sourceId', m->>'reason', NULL, (m->>'qualifying')::boolean,
    (m->>'spendable')::int, (m->>'pending')::int, (m->>'debt')::int,
    m->>'pendingCode', m->>'debtCode', m->>'programmeCode',
    false, (m->>'pendingUntil')::timestamptz, (m->'lot'->>'id')::uuid,
    COALESCE((m->'lot'->>'pending')::boolean, false));
  IF (m->>'spendable')::int < 0 AND written.taken_from_lots <> -(m->>'spendable')::int THEN
    RAISE EXCEPTION 'customer %''s lots hold % of the % points spent',
      customer, written.taken_from_lots, -(m->>'spendable')::int;
  END IF;
  RETURN written.new_balance;
END
$$;
