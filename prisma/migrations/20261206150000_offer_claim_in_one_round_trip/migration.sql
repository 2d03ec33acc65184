-- A VIP offer claimed as one round trip (see `redeem_in_one_round_trip` for the outcomes and
-- `reward_claim_in_one_round_trip` for the claim of a code). The caller read the offer and the
-- customer, checked the offer's phase, channel and targets and the customer's claims of it against
-- its per-customer limit, and made the code of a DISCOUNT_CODE offer; this function takes the
-- Idempotency-Key, locks the customer's row (their concurrent claims count one after the other),
-- answers {"stale": true} if their tier or their claims of the offer changed since the read, takes
-- one claim of the cap every claimer shares (refusing `offer_out_of_stock` when it is all taken),
-- issues the code with its ISSUED event, records the claim and keeps the answer under the key.
--
-- `p`: customerId, tierId and claimedBefore (expected); offerId; claim: id, channel, shopId;
-- code (DISCOUNT_CODE offers only): id, code, the terms (discountType, discountValue, discountCap,
-- currency, minBasket, channels), validFrom, validUntil; actor: type, id; answerStatus, answer;
-- key (claim_idempotency_key's).
CREATE FUNCTION claim_offer(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  customer uuid := (p->>'customerId')::uuid;
  offer uuid := (p->>'offerId')::uuid;
  claimed jsonb := p->'claim';
  issued jsonb := p->'code';
  idem jsonb := p->'key';
  held jsonb;
  tier uuid;
BEGIN
  IF jsonb_typeof(idem) = 'object' THEN
    held := claim_idempotency_key((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid,
                                  idem->>'key', (idem->>'queue')::boolean);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;

  -- The row alone, no join: a customer who left meanwhile reads as a changed tier (stale), and the
  -- read again answers `customer_not_found`.
  SELECT c."tierId" INTO tier FROM "Customer" c WHERE c.id = customer FOR NO KEY UPDATE;
  IF tier IS DISTINCT FROM (p->>'tierId')::uuid
     OR (SELECT count(*) FROM "OfferClaim" oc WHERE oc."offerId" = offer AND oc."customerId" = customer)
        <> (p->>'claimedBefore')::int THEN
    RETURN '{"stale": true}'::jsonb;
  END IF;

  -- Counted even without a cap: the count is what the admin and the cap's later edits go by.
  UPDATE "Offer" o SET "claimedCount" = o."claimedCount" + 1
  WHERE o.id = offer AND (o."totalCap" IS NULL OR o."claimedCount" < o."totalCap");
  IF NOT FOUND THEN RETURN '{"refused": "offer_out_of_stock"}'::jsonb; END IF;

  IF jsonb_typeof(issued) = 'object' THEN
    INSERT INTO "DiscountCode" (id, code, "customerId", "offerId", "discountType", "discountValue",
                                "discountCap", currency, "minBasket", channels, "validFrom", "validUntil")
    VALUES ((issued->>'id')::uuid, issued->>'code', customer, offer,
            (issued->>'discountType')::"DiscountType", (issued->>'discountValue')::int,
            (issued->>'discountCap')::int, issued->>'currency', (issued->>'minBasket')::int,
            (issued->>'channels')::"RewardChannels", (issued->>'validFrom')::timestamptz,
            (issued->>'validUntil')::timestamptz);
    INSERT INTO "CodeEvent" ("codeId", type, channel, "shopId", "actorType", "actorId")
    VALUES ((issued->>'id')::uuid, 'ISSUED', (claimed->>'channel')::"Channel",
            (claimed->>'shopId')::uuid, (p->'actor'->>'type')::"ActorType", p->'actor'->>'id');
  END IF;
  INSERT INTO "OfferClaim" (id, "offerId", "customerId", channel, "shopId", "codeId")
  VALUES ((claimed->>'id')::uuid, offer, customer, (claimed->>'channel')::"Channel",
          (claimed->>'shopId')::uuid, (issued->>'id')::uuid);

  IF jsonb_typeof(idem) = 'object' THEN
    RETURN keep_idempotent_answer((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid, idem->>'key',
                                  idem->>'requestHash', (p->>'answerStatus')::int, p->'answer');
  END IF;
  RETURN jsonb_build_object('status', (p->>'answerStatus')::int, 'body', p->'answer');
END
$$;
