-- The tills' writes as one round trip each: a database function per use case takes the
-- idempotency key, writes the rows and keeps the answer under the key, in the statement's own
-- transaction. What a use case decides in TypeScript (a code's rules, the earning engine) is
-- decided before the call, from one read; the function re-checks what may have changed since.
--
-- Every function answers a jsonb outcome rather than raising, so the caller tells them apart
-- without parsing errors:
--   {"status": <http>, "body": <answer>}  done (and kept under the key, if any);
--   {"stored": {"requestHash", "status", "body"}}  the key already holds an answer;
--   {"inUse": true}  another request with the key is running;
--   {"refused": "<error code>"}  refused on what changed since the read, nothing written.

-- Takes an idempotency key for the current transaction (the same advisory lock as the
-- TypeScript path: hashtextextended('<owner id>:<key>', 0)) and returns what it already holds.
-- The read is a statement after the lock, so it sees what the lock's previous holder committed.
CREATE FUNCTION claim_idempotency_key(api_key uuid, webhook_shop uuid, idem_key text, queue boolean)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  lock_id bigint := hashtextextended(coalesce(api_key, webhook_shop)::text || ':' || idem_key, 0);
  stored jsonb;
BEGIN
  IF queue THEN
    PERFORM pg_advisory_xact_lock(lock_id);
  ELSIF NOT pg_try_advisory_xact_lock(lock_id) THEN
    RETURN '{"inUse": true}'::jsonb;
  END IF;
  IF api_key IS NOT NULL THEN
    SELECT jsonb_build_object('requestHash', r."requestHash", 'status', r."responseStatus", 'body', r."responseBody")
    INTO stored FROM "IdempotencyRecord" r WHERE r."apiKeyId" = api_key AND r.key = idem_key;
  ELSE
    SELECT jsonb_build_object('requestHash', r."requestHash", 'status', r."responseStatus", 'body', r."responseBody")
    INTO stored FROM "IdempotencyRecord" r WHERE r."webhookShopId" = webhook_shop AND r.key = idem_key;
  END IF;
  RETURN CASE WHEN stored IS NULL THEN NULL ELSE jsonb_build_object('stored', stored) END;
END
$$;

-- Keeps a use case's answer under its key (the caller holds the key's lock).
CREATE FUNCTION keep_idempotent_answer(api_key uuid, webhook_shop uuid, idem_key text,
                                       request_hash text, status int, body jsonb)
RETURNS jsonb LANGUAGE sql VOLATILE AS $$
  INSERT INTO "IdempotencyRecord" ("apiKeyId", "webhookShopId", key, "requestHash", "responseStatus", "responseBody")
  VALUES (api_key, webhook_shop, idem_key, request_hash, status, body);
  SELECT jsonb_build_object('status', status, 'body', body);
$$;

-- Uses a discount code exactly once. The caller checked the code's rules on a read; the code
-- moves from ACTIVE to REDEEMED only if it still is (of several tills, one wins), and the
-- redemption, linked to the purchase when the shop already sent it, and the code's event are
-- written with it. `answer` is the body the caller answers with: kept under the key.
CREATE FUNCTION redeem_discount_code(
  code_id uuid, redemption_id uuid, shop uuid, api_key uuid, sale_channel "Channel",
  basket_amount int, basket_currency text, amount_off int, purchase_external_id text,
  redeemed_at timestamptz, answer_status int, answer jsonb, idem_key text, request_hash text)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  held jsonb;
  now_status "CodeStatus";
BEGIN
  IF idem_key IS NOT NULL THEN
    held := claim_idempotency_key(api_key, NULL, idem_key, false);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;
  UPDATE "DiscountCode" SET status = 'REDEEMED', "redeemedAt" = redeemed_at
  WHERE id = code_id AND status = 'ACTIVE';
  IF NOT FOUND THEN
    SELECT status INTO now_status FROM "DiscountCode" WHERE id = code_id;
    RETURN jsonb_build_object('refused',
      CASE now_status WHEN 'CANCELLED' THEN 'code_cancelled' ELSE 'code_already_redeemed' END);
  END IF;
  INSERT INTO "Redemption" (id, "codeId", "shopId", "apiKeyId", channel, "basketAmount", currency,
                            "amountOff", "purchaseExternalId", "purchaseId")
  VALUES (redemption_id, code_id, shop, api_key, sale_channel, basket_amount, basket_currency,
          amount_off, purchase_external_id,
          (SELECT p.id FROM "Purchase" p WHERE p."shopId" = shop AND p."externalId" = purchase_external_id));
  INSERT INTO "CodeEvent" ("codeId", type, channel, "shopId", "actorType", "actorId", detail)
  VALUES (code_id, 'REDEEMED', sale_channel, shop, 'API_KEY', api_key::text,
          jsonb_build_object('redemptionId', redemption_id, 'basketAmount', basket_amount, 'amountOff', amount_off));
  IF idem_key IS NOT NULL THEN
    RETURN keep_idempotent_answer(api_key, NULL, idem_key, request_hash, answer_status, answer);
  END IF;
  RETURN jsonb_build_object('status', answer_status, 'body', answer);
END
$$;
