-- Rolling back a redemption in one round trip (see `redeem_in_one_round_trip` for the outcomes).
-- Nothing is decided in TypeScript: the function itself refuses a redemption of another shop
-- (`redemption_not_found`, as if it did not exist) and one no longer COMPLETED.

-- Moves a redemption of this shop from COMPLETED to ROLLED_BACK only if it still is (of several
-- tills rolling it back at once, one wins and the others find it rolled back), makes its code
-- usable again and notes the event. `answer` is the body the caller answers with: kept under the
-- key.
CREATE FUNCTION roll_back_redemption(
  redemption_id uuid, shop uuid, api_key uuid, rolled_back_at timestamptz,
  answer_status int, answer jsonb, idem_key text, request_hash text)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  held jsonb;
  code_id uuid;
  sale_channel "Channel";
BEGIN
  IF idem_key IS NOT NULL THEN
    held := claim_idempotency_key(api_key, NULL, idem_key, false);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;
  UPDATE "Redemption" SET status = 'ROLLED_BACK', "rolledBackAt" = rolled_back_at
  WHERE id = redemption_id AND "shopId" = shop AND status = 'COMPLETED'
  RETURNING "codeId", channel INTO code_id, sale_channel;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('refused',
      CASE WHEN EXISTS (SELECT 1 FROM "Redemption" WHERE id = redemption_id AND "shopId" = shop)
           THEN 'already_rolled_back' ELSE 'redemption_not_found' END);
  END IF;
  UPDATE "DiscountCode" SET status = 'ACTIVE', "redeemedAt" = NULL
  WHERE id = code_id AND status = 'REDEEMED';
  INSERT INTO "CodeEvent" ("codeId", type, channel, "shopId", "actorType", "actorId", detail)
  VALUES (code_id, 'ROLLED_BACK', sale_channel, shop, 'API_KEY', api_key::text,
          jsonb_build_object('redemptionId', redemption_id));
  IF idem_key IS NOT NULL THEN
    RETURN keep_idempotent_answer(api_key, NULL, idem_key, request_hash, answer_status, answer);
  END IF;
  RETURN jsonb_build_object('status', answer_status, 'body', answer);
END
$$;
