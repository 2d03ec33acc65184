-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500) NOT NULL DEFAULT '',
    "events" VARCHAR(40)[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "secret" VARCHAR(100) NOT NULL,
    "previousSecret" VARCHAR(100),
    "previousSecretUntil" TIMESTAMPTZ(3),
    "failingSince" TIMESTAMPTZ(3),
    "disabledForFailuresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" VARCHAR(40) NOT NULL,
    "type" VARCHAR(40) NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "eventId" VARCHAR(40) NOT NULL,
    "endpointId" UUID NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease" UUID,
    "leaseUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" BIGSERIAL NOT NULL,
    "deliveryId" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "requestHeaders" JSONB NOT NULL,
    "requestBody" TEXT NOT NULL,
    "responseStatus" INTEGER,
    "responseBody" TEXT,
    "error" VARCHAR(1000),

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEndpoint_events_idx" ON "WebhookEndpoint" USING GIN ("events");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_idx" ON "WebhookDelivery"("endpointId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_eventId_endpointId_key" ON "WebhookDelivery"("eventId", "endpointId");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_id_idx" ON "WebhookAttempt"("deliveryId", "id");

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "WebhookEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Outbound webhooks' outbox: an event is written by the statement that causes it, through the
-- triggers below, so the tills' writes (one statement each) make no extra round trip. Without a
-- subscriber, a trigger costs one EXISTS on the tiny WebhookEndpoint table; row filters (WHEN)
-- keep the others from calling their function at all.

-- Whether an enabled endpoint receives this event type. PL/pgSQL rather than SQL: its plan is
-- cached for the session, where a SQL function called from a trigger is planned at every call.
CREATE FUNCTION webhook_subscribed(event_type text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM "WebhookEndpoint" e
                 WHERE e.enabled AND e.events @> ARRAY[event_type]::varchar[]);
END $$;

-- Writes one event and a delivery of it to each enabled endpoint that receives its type, then
-- wakes the worker at commit. `only_endpoint` limits it to one endpoint (the admin's test event).
CREATE FUNCTION queue_webhook_event(event_type text, data jsonb, only_endpoint uuid DEFAULT NULL)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  event_id text := 'msg_' || replace(gen_random_uuid()::text, '-', '');
BEGIN
  INSERT INTO "WebhookEvent" (id, type, payload)
  VALUES (event_id, event_type, jsonb_build_object(
    'type', event_type,
    'timestamp', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'data', data));
  INSERT INTO "WebhookDelivery" ("eventId", "endpointId")
  SELECT event_id, e.id FROM "WebhookEndpoint" e
  WHERE CASE WHEN only_endpoint IS NULL
             THEN e.enabled AND e.events @> ARRAY[event_type]::varchar[]
             ELSE e.id = only_endpoint END;
  PERFORM pg_notify('webhooks_queued', '');
  RETURN event_id;
END $$;

-- A customer's public handle in payloads: her id and member code, never her personal data.
CREATE FUNCTION webhook_member(customer uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('id', c.id, 'memberCode', c."memberCode")
  FROM "Customer" c WHERE c.id = customer
$$;

-- points.earned / points.redeemed: earning movements (purchases, bonuses, prizes, check-ins)
-- and spending ones (reward and offer claims).
CREATE FUNCTION webhook_points_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_type text := CASE NEW.type WHEN 'EARN' THEN 'points.earned' ELSE 'points.redeemed' END;
  purchase jsonb;
BEGIN
  IF NOT webhook_subscribed(event_type) THEN RETURN NULL; END IF;
  -- A purchase's source id is its uuid (other sources' ids are not): read by primary key.
  IF NEW."sourceType" = 'PURCHASE' THEN
    SELECT jsonb_build_object('id', p.id, 'externalId', p."externalId", 'shopId', p."shopId",
                              'amount', p.amount, 'currency', p.currency)
    INTO purchase FROM "Purchase" p WHERE p.id = NEW."sourceId"::uuid;
  END IF;
  PERFORM queue_webhook_event(event_type, jsonb_build_object(
    'movementId', NEW.id,
    'customer', webhook_member(NEW."customerId"),
    'points', abs(NEW.points),
    'channel', NEW.channel,
    'qualifying', NEW.qualifying,
    'source', jsonb_build_object('type', NEW."sourceType", 'id', NEW."sourceId"),
    'purchase', purchase,
    'occurredAt', NEW."createdAt"));
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_points_moved AFTER INSERT ON "Movement"
FOR EACH ROW WHEN (NEW.type IN ('EARN', 'REDEEM') AND NEW.points <> 0)
EXECUTE FUNCTION webhook_points_moved();

-- customer.created
CREATE FUNCTION webhook_customer_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('customer.created') THEN
    PERFORM queue_webhook_event('customer.created', jsonb_build_object(
      'customer', jsonb_build_object('id', NEW.id, 'memberCode', NEW."memberCode"),
      'signUpSource', NEW."signUpSource",
      'homeShopId', NEW."homeShopId",
      'occurredAt', NEW."createdAt"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_customer_created AFTER INSERT ON "Customer"
FOR EACH ROW EXECUTE FUNCTION webhook_customer_created();

-- customer.deleted: her personal data erased; only her id goes (her member code was replaced).
CREATE FUNCTION webhook_customer_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('customer.deleted') THEN
    PERFORM queue_webhook_event('customer.deleted', jsonb_build_object(
      'customer', jsonb_build_object('id', NEW.id),
      'occurredAt', NEW."erasedAt"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_customer_deleted AFTER UPDATE OF "erasedAt" ON "Customer"
FOR EACH ROW WHEN (OLD."erasedAt" IS NULL AND NEW."erasedAt" IS NOT NULL)
EXECUTE FUNCTION webhook_customer_deleted();

-- code.issued: the code's terms and its last 4 characters, never the code (the customer's secret).
CREATE FUNCTION webhook_code_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('code.issued') THEN
    PERFORM queue_webhook_event('code.issued', jsonb_build_object(
      'codeId', NEW.id,
      'last4', right(NEW.code, 4),
      'customer', webhook_member(NEW."customerId"),
      'rewardId', NEW."rewardId",
      'offerId', NEW."offerId",
      'pointsCost', NEW."pointsCost",
      'discountType', NEW."discountType",
      'discountValue', NEW."discountValue",
      'currency', NEW.currency,
      'validFrom', NEW."validFrom",
      'validUntil', NEW."validUntil",
      'occurredAt', NEW."createdAt"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_code_issued AFTER INSERT ON "DiscountCode"
FOR EACH ROW EXECUTE FUNCTION webhook_code_issued();

-- code.redeemed
CREATE FUNCTION webhook_code_redeemed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('code.redeemed') THEN
    PERFORM queue_webhook_event('code.redeemed', jsonb_build_object(
      'redemptionId', NEW.id,
      'codeId', NEW."codeId",
      'customer', (SELECT webhook_member(d."customerId") FROM "DiscountCode" d WHERE d.id = NEW."codeId"),
      'shopId', NEW."shopId",
      'channel', NEW.channel,
      'basketAmount', NEW."basketAmount",
      'amountOff', NEW."amountOff",
      'currency', NEW.currency,
      'purchaseExternalId', NEW."purchaseExternalId",
      'occurredAt', NEW."createdAt"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_code_redeemed AFTER INSERT ON "Redemption"
FOR EACH ROW EXECUTE FUNCTION webhook_code_redeemed();

-- tier.changed
CREATE FUNCTION webhook_tier_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('tier.changed') THEN
    PERFORM queue_webhook_event('tier.changed', jsonb_build_object(
      'customer', webhook_member(NEW."customerId"),
      'fromTier', (SELECT t.code FROM "Tier" t WHERE t.id = NEW."fromTierId"),
      'toTier', (SELECT t.code FROM "Tier" t WHERE t.id = NEW."toTierId"),
      'reason', NEW.reason,
      'qualifyingFigure', NEW."qualifyingFigure",
      'occurredAt', NEW."createdAt"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_tier_changed AFTER INSERT ON "TierChange"
FOR EACH ROW EXECUTE FUNCTION webhook_tier_changed();

-- invitation.checked_in
CREATE FUNCTION webhook_invitation_checked_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('invitation.checked_in') THEN
    PERFORM queue_webhook_event('invitation.checked_in', jsonb_build_object(
      'invitationId', NEW.id,
      'privateSaleId', NEW."privateSaleId",
      'customer', webhook_member(NEW."customerId"),
      'shopId', NEW."checkedInShopId",
      'occurredAt', NEW."checkedInAt"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_invitation_checked_in AFTER UPDATE OF "checkedInAt" ON "Invitation"
FOR EACH ROW WHEN (OLD."checkedInAt" IS NULL AND NEW."checkedInAt" IS NOT NULL)
EXECUTE FUNCTION webhook_invitation_checked_in();

-- play.won: a play that landed on a prize, or a quiz that ended with points.
CREATE FUNCTION webhook_play_won() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('play.won') THEN
    PERFORM queue_webhook_event('play.won', jsonb_build_object(
      'playId', NEW.id,
      'gameId', NEW."gameId",
      'customer', webhook_member(NEW."customerId"),
      'prizeId', NEW."prizeId",
      'points', NEW.points,
      'codeId', NEW."codeId",
      'occurredAt', COALESCE(NEW."quizEndedAt", NEW."playedAt")));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_play_won AFTER INSERT ON "GamePlay"
FOR EACH ROW WHEN (NEW."prizeId" IS NOT NULL)
EXECUTE FUNCTION webhook_play_won();
CREATE TRIGGER webhook_quiz_won AFTER UPDATE OF "quizEndedAt" ON "GamePlay"
FOR EACH ROW WHEN (OLD."quizEndedAt" IS NULL AND NEW."quizEndedAt" IS NOT NULL AND NEW.points > 0)
EXECUTE FUNCTION webhook_play_won();

-- contest.won: a winner who is a member, at the draw or when an imported winner joins.
CREATE FUNCTION webhook_contest_won() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF webhook_subscribed('contest.won') THEN
    PERFORM queue_webhook_event('contest.won', jsonb_build_object(
      'winnerId', NEW.id,
      'contestId', NEW."contestId",
      'pick', NEW.pick,
      'customer', webhook_member(NEW."customerId"),
      'codeId', NEW."codeId",
      'occurredAt', NEW."createdAt"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER webhook_contest_won AFTER INSERT ON "ContestWinner"
FOR EACH ROW WHEN (NEW."customerId" IS NOT NULL AND NEW."disqualifiedAt" IS NULL)
EXECUTE FUNCTION webhook_contest_won();
CREATE TRIGGER webhook_contest_winner_joined AFTER UPDATE OF "customerId" ON "ContestWinner"
FOR EACH ROW WHEN (OLD."customerId" IS NULL AND NEW."customerId" IS NOT NULL AND NEW."disqualifiedAt" IS NULL)
EXECUTE FUNCTION webhook_contest_won();
