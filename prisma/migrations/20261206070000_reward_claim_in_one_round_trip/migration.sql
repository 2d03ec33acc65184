-- A reward claimed for points as one round trip (see `redeem_in_one_round_trip` for the outcomes
-- and `purchase_in_one_round_trip` for the check of what the claim was decided on). The caller
-- read the reward and the customer, checked the reward's rules and the customer's tier, planned
-- the debit on the balances read (refusing `insufficient_points`) and made the code; this function
-- takes the Idempotency-Key, locks the customer's points account, answers {"stale": true} if the
-- account or the tier changed since the read, takes one of a limited stock (refusing
-- `reward_out_of_stock` at zero), issues the code with its ISSUED event, debits the points and
-- keeps the answer under the key.
--
-- `p`: customerId, tierId and version (expected); rewardId, limitedStock; code: id, code,
-- pointsCost, the terms (discountType, discountValue, discountCap, currency, minBasket, channels),
-- validFrom, validUntil; event: channel, shopId, actorType, actorId; debit (write_movement_of's);
-- answerStatus, answer; key (claim_idempotency_key's).
CREATE FUNCTION claim_reward(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  customer uuid := (p->>'customerId')::uuid;
  issued jsonb := p->'code';
  idem jsonb := p->'key';
  held jsonb;
  fresh record;
BEGIN
  IF jsonb_typeof(idem) = 'object' THEN
    held := claim_idempotency_key((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid,
                                  idem->>'key', (idem->>'queue')::boolean);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;

  PERFORM 1 FROM "Account" a WHERE a."customerId" = customer FOR UPDATE;
  SELECT a.xmin::text AS version, c."tierId" AS tier INTO fresh
  FROM "Account" a JOIN "Customer" c ON c.id = a."customerId" WHERE a."customerId" = customer;
  IF fresh.version IS DISTINCT FROM p->>'version' OR fresh.tier IS DISTINCT FROM (p->>'tierId')::uuid THEN
    RETURN '{"stale": true}'::jsonb;
  END IF;

  IF (p->>'limitedStock')::boolean THEN
    UPDATE "Reward" r SET stock = r.stock - 1 WHERE r.id = (p->>'rewardId')::uuid AND r.stock > 0;
    IF NOT FOUND THEN RETURN '{"refused": "reward_out_of_stock"}'::jsonb; END IF;
  END IF;

  INSERT INTO "DiscountCode" (id, code, "customerId", "rewardId", "pointsCost", "discountType",
                              "discountValue", "discountCap", currency, "minBasket", channels,
                              "validFrom", "validUntil")
  VALUES ((issued->>'id')::uuid, issued->>'code', customer, (p->>'rewardId')::uuid,
          (issued->>'pointsCost')::int, (issued->>'discountType')::"DiscountType",
          (issued->>'discountValue')::int, (issued->>'discountCap')::int, issued->>'currency',
          (issued->>'minBasket')::int, (issued->>'channels')::"RewardChannels",
          (issued->>'validFrom')::timestamptz, (issued->>'validUntil')::timestamptz);
  INSERT INTO "CodeEvent" ("codeId", type, channel, "shopId", "actorType", "actorId")
  VALUES ((issued->>'id')::uuid, 'ISSUED', (p->'event'->>'channel')::"Channel",
          (p->'event'->>'shopId')::uuid, (p->'event'->>'actorType')::"ActorType", p->'event'->>'actorId');
  PERFORM write_movement_of(customer, 'REDEEM', (p->'event'->>'channel')::"Channel", p->'debit');

  IF jsonb_typeof(idem) = 'object' THEN
    RETURN keep_idempotent_answer((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid, idem->>'key',
                                  idem->>'requestHash', (p->>'answerStatus')::int, p->'answer');
  END IF;
  RETURN jsonb_build_object('status', (p->>'answerStatus')::int, 'body', p->'answer');
END
$$;
