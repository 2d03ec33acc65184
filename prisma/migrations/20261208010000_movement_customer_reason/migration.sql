-- What an adjustment was for, in the words the staff member chose for the customer: her history
-- shows it, while `reason` stays the internal note only staff read.
ALTER TABLE "Movement" ADD COLUMN "customerReason" VARCHAR(200);

-- write_movement (20261206040000) writes it: the same function with one more, last, argument,
-- NULL by default, so the callers that have no customer-facing reason call it as before. A new
-- argument changes the function's signature, so the old one is dropped rather than replaced
-- (an overload would make the old calls ambiguous).
DROP FUNCTION write_movement(
  uuid, uuid, "MovementType", "Channel", int, text, text, text, uuid, boolean, int, int, int,
  text, text, text, boolean, timestamptz, uuid, boolean);

CREATE FUNCTION write_movement(
  movement_id uuid, customer uuid, movement_type "MovementType", movement_channel "Channel",
  movement_points int, source_type text, source_id text, movement_reason text, staff_user uuid,
  is_qualifying boolean, plan_spendable int, plan_pending int, plan_debt int,
  pending_code text, debt_code text, programme_code text,
  is_release boolean, pending_until timestamptz, lot_id uuid, lot_pending boolean,
  customer_reason text DEFAULT NULL)
RETURNS TABLE (new_balance int, taken_from_lots int)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  customer_change int := plan_spendable + plan_pending + plan_debt;
  -- Expiry and release are the programme's doing, not the customer's activity.
  notes_activity boolean := movement_type NOT IN ('EXPIRE', 'RELEASE') AND movement_channel <> 'ADMIN';
  taking int := CASE WHEN NOT is_release AND plan_spendable < 0 THEN -plan_spendable ELSE 0 END;
  first_lot uuid := CASE WHEN lot_pending THEN NULL ELSE lot_id END;
  expiry interval := make_interval(months => COALESCE(
    (SELECT s."expiryMonths" FROM "ProgrammeSettings" s WHERE s.id = 1), 12));
BEGIN
  -- The pending and debt accounts are opened empty the first time a movement needs them (a CHECK
  -- applies to the row an upsert proposes, so a first debit of a debt account cannot be one).
  IF plan_pending <> 0 OR plan_debt <> 0 THEN
    INSERT INTO "Account" (kind, code, balance)
    SELECT l.kind::"AccountKind", l.code, 0
    FROM (VALUES ('CUSTOMER_PENDING', pending_code, plan_pending),
                 ('CUSTOMER_DEBT', debt_code, plan_debt)) AS l(kind, code, amount)
    WHERE l.amount <> 0
    ON CONFLICT (code) DO NOTHING;
  END IF;
  RETURN QUERY
  WITH movement AS (
    INSERT INTO "Movement" (id, "customerId", type, channel, points, "sourceType", "sourceId", reason, "customerReason", "staffUserId", qualifying)
    VALUES (movement_id, customer, movement_type, movement_channel, movement_points, source_type,
            source_id, movement_reason, customer_reason, staff_user, is_qualifying)
  ), spendable AS (
    UPDATE "Account" a SET balance = a.balance + plan_spendable
    WHERE a."customerId" = customer
    RETURNING a.id, a.balance
  ), legs AS (
    -- The programme's leg comes last: its row is shared by every movement of the channel.
    SELECT l.kind, l.code, l.amount
    FROM (VALUES ('CUSTOMER_PENDING', pending_code, plan_pending),
                 ('CUSTOMER_DEBT', debt_code, plan_debt),
                 ('PROGRAMME', programme_code, -customer_change)) AS l(kind, code, amount)
    WHERE l.amount <> 0
  ), held AS (
    UPDATE "Account" a SET balance = a.balance + legs.amount
    FROM legs WHERE a.code = legs.code AND legs.kind <> 'PROGRAMME'
    RETURNING a.id, a.code, a.balance
  ), programme AS (
    INSERT INTO "Account" AS a (kind, code, balance)
    SELECT 'PROGRAMME', legs.code, legs.amount FROM legs WHERE legs.kind = 'PROGRAMME'
    ON CONFLICT (code) DO UPDATE SET balance = a.balance + EXCLUDED.balance
    RETURNING a.id, a.code, a.balance
  ), coded AS (
    SELECT * FROM held UNION ALL SELECT * FROM programme
  ), activity AS (
    UPDATE "Customer" c SET "channelsUsed" = array_append(COALESCE(c."channelsUsed", '{}'), movement_channel)
    WHERE notes_activity AND c.id = customer
      AND NOT (movement_channel = ANY(COALESCE(c."channelsUsed", '{}')))
  ), entries AS (
    INSERT INTO "LedgerEntry" ("movementId", "accountId", amount, "balanceAfter")
    SELECT movement_id, s.id, plan_spendable, s.balance FROM spendable s WHERE plan_spendable <> 0
    UNION ALL
    SELECT movement_id, coded.id, legs.amount, coded.balance FROM coded JOIN legs ON legs.code = coded.code
  ), lot_released AS (
    UPDATE "PointLot" l SET "pendingUntil" = NULL, remaining = plan_spendable
    WHERE is_release AND l.id = lot_id
  ), lots_opened AS (
    INSERT INTO "PointLot" ("customerId", "movementId", "sourceType", "sourceId", points, remaining, "pendingUntil", "expiresAt")
    SELECT customer, movement_id, source_type, source_id, o.points, o.points, o.until, now() + expiry
    FROM (VALUES (plan_pending, pending_until), (plan_spendable, NULL::timestamptz)) AS o(points, until)
    WHERE NOT is_release AND o.points > 0
  ), lot_unpended AS (
    UPDATE "PointLot" l SET remaining = l.remaining + plan_pending
    WHERE NOT is_release AND plan_pending < 0 AND l.id = lot_id
  ), lots_ordered AS (
    SELECT l.id, l.remaining,
           SUM(l.remaining) OVER (ORDER BY l.id = first_lot DESC, l."expiresAt", l."createdAt", l.id) - l.remaining AS before
    FROM "PointLot" l
    WHERE taking > 0 AND l."customerId" = customer AND l."pendingUntil" IS NULL AND l.remaining > 0
  ), lots_taken AS (
    UPDATE "PointLot" l SET remaining = l.remaining - LEAST(o.remaining, taking - o.before)
    FROM lots_ordered o WHERE l.id = o.id AND o.before < taking
    RETURNING LEAST(o.remaining, taking - o.before) AS taken
  )
  SELECT s.balance, (SELECT COALESCE(SUM(t.taken), 0)::int FROM lots_taken t) FROM spendable s;
END
$$;

-- As 20261206160000 set it on the function dropped above.
ALTER FUNCTION write_movement SET plan_cache_mode = force_generic_plan;
