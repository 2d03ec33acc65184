-- AlterEnum
ALTER TYPE "MessageHold" ADD VALUE 'AUTOMATION_OFF';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "MessageKind" ADD VALUE 'WELCOME';
ALTER TYPE "MessageKind" ADD VALUE 'BIRTHDAY';
ALTER TYPE "MessageKind" ADD VALUE 'TIER_UPGRADE';
ALTER TYPE "MessageKind" ADD VALUE 'POINTS_EXPIRING';
ALTER TYPE "MessageKind" ADD VALUE 'CODE_EXPIRING';

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "clickedAt" TIMESTAMPTZ(3),
ADD COLUMN     "deliveredAt" TIMESTAMPTZ(3),
ADD COLUMN     "openedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reference" VARCHAR(64),
ADD COLUMN     "undeliveredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "PrivateSale" ADD COLUMN     "checkInPoints" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "MessageAutomation" (
    "kind" "MessageKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "channels" "MessageChannel"[] DEFAULT ARRAY['EMAIL']::"MessageChannel"[],
    "daysBefore" INTEGER,
    "subjectEn" VARCHAR(200),
    "subjectFr" VARCHAR(200),
    "bodyEn" VARCHAR(2000),
    "bodyFr" VARCHAR(2000),
    "smsEn" VARCHAR(480),
    "smsFr" VARCHAR(480),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageAutomation_pkey" PRIMARY KEY ("kind")
);

-- CreateIndex
CREATE INDEX "Customer_createdAt_idx" ON "Customer"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_customerId_kind_channel_reference_key" ON "Message"("customerId", "kind", "channel", "reference");

-- CreateIndex
CREATE INDEX "TierChange_createdAt_idx" ON "TierChange"("createdAt");


-- A message whose automation was switched off, or no longer goes out on its channel, is skipped
-- when it is due (an invitation's messages go on the event's channels, whatever the automation says).
-- The message is sent with its automation's words as they stand then (null: the default wording).
CREATE OR REPLACE FUNCTION claim_message(message uuid, at timestamptz, lease interval,
                              email_quiet_until timestamptz, sms_quiet_until timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  m record;
  cap int;
  counted int;
  quiet_until timestamptz;
  oldest timestamptz;
  automation_on boolean;
  automation_channels "MessageChannel"[];
  words jsonb;
BEGIN
  SELECT msg.id, msg.status, msg."interruptedAttempts", msg.channel, msg.marketing, msg."customerId",
         msg.kind, msg.data, c.email, c.phone, c.locale, c."firstName",
         c."emailConsentAt", c."smsConsentAt"
  INTO m
  FROM "Message" msg JOIN "Customer" c ON c.id = msg."customerId"
  WHERE msg.id = message
  FOR UPDATE OF msg;
  IF NOT FOUND OR m.status NOT IN ('DISPATCHED', 'SENDING') THEN
    RETURN '{"done": true}'::jsonb;
  END IF;
  IF m.status = 'SENDING' THEN RETURN '{"busy": true}'::jsonb; END IF;
  SELECT a.enabled, a.channels,
         jsonb_build_object('subjectEn', a."subjectEn", 'subjectFr', a."subjectFr",
                            'bodyEn', a."bodyEn", 'bodyFr', a."bodyFr",
                            'smsEn', a."smsEn", 'smsFr', a."smsFr")
  INTO automation_on, automation_channels, words
  FROM "MessageAutomation" a WHERE a.kind = m.kind;
  IF NOT automation_on
     OR (m.kind NOT IN ('INVITATION', 'INVITATION_REMINDER', 'WAITLIST_PLACE')
         AND NOT m.channel = ANY(automation_channels)) THEN
    UPDATE "Message" SET status = 'SKIPPED', hold = 'AUTOMATION_OFF', "leaseUntil" = NULL WHERE id = m.id;
    RETURN '{"skipped": "AUTOMATION_OFF"}'::jsonb;
  END IF;
  IF m.channel = 'SMS' AND m.phone IS NULL THEN
    UPDATE "Message" SET status = 'SKIPPED', hold = 'NO_ADDRESS', "leaseUntil" = NULL WHERE id = m.id;
    RETURN '{"skipped": "NO_ADDRESS"}'::jsonb;
  END IF;
  quiet_until := CASE WHEN m.channel = 'EMAIL' THEN email_quiet_until ELSE sms_quiet_until END;
  IF m.marketing THEN
    IF (m.channel = 'EMAIL' AND m."emailConsentAt" IS NULL)
       OR (m.channel = 'SMS' AND m."smsConsentAt" IS NULL) THEN
      UPDATE "Message" SET status = 'SKIPPED', hold = 'NO_CONSENT', "leaseUntil" = NULL WHERE id = m.id;
      RETURN '{"skipped": "NO_CONSENT"}'::jsonb;
    END IF;
    IF quiet_until IS NOT NULL THEN
      UPDATE "Message" SET status = 'QUEUED', hold = 'QUIET_HOURS', "sendAfter" = quiet_until,
             "leaseUntil" = NULL
      WHERE id = m.id;
      RETURN jsonb_build_object('held', 'QUIET_HOURS', 'until', quiet_until);
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('message-cap:' || m."customerId"::text || ':' || m.channel::text));
    SELECT CASE WHEN m.channel = 'EMAIL' THEN "emailCapPer30Days" ELSE "smsCapPer30Days" END
    INTO cap FROM "ProgrammeSettings" WHERE id = 1;
    SELECT count(*), min("sentAt") INTO counted, oldest
    FROM "Message"
    WHERE "customerId" = m."customerId" AND channel = m.channel AND marketing AND id <> m.id
      AND ((status = 'SENT' AND "sentAt" > at - interval '30 days') OR status = 'SENDING');
    IF counted >= COALESCE(cap, 0) THEN
      UPDATE "Message"
      SET status = 'QUEUED', hold = 'FREQUENCY_CAP', "leaseUntil" = NULL,
          "sendAfter" = COALESCE(oldest + interval '30 days', at + interval '1 hour')
      WHERE id = m.id;
      RETURN jsonb_build_object('held', 'FREQUENCY_CAP',
                                'until', COALESCE(oldest + interval '30 days', at + interval '1 hour'));
    END IF;
  END IF;
  UPDATE "Message"
  SET status = 'SENDING', "leaseUntil" = at + lease, attempts = attempts + 1, hold = NULL
  WHERE id = m.id;
  RETURN jsonb_build_object('send', jsonb_build_object(
    'channel', m.channel, 'kind', m.kind, 'marketing', m.marketing, 'data', m.data,
    'to', CASE WHEN m.channel = 'EMAIL' THEN m.email ELSE m.phone END,
    'locale', m.locale, 'firstName', m."firstName", 'customerId', m."customerId",
    'interrupted', m."interruptedAttempts" > 0, 'words', words));
END
$$;


ALTER TABLE "PrivateSale" ADD CONSTRAINT "PrivateSale_checkInPoints"
  CHECK ("checkInPoints" BETWEEN 0 AND 100000);

-- The check-in as before, with the event's points when it gives some. They go through the ledger
-- like every credit, planned in TypeScript (a credit repays a debt first): a first call that
-- finds points to give writes nothing and answers {"plan": …} with what the plan needs (the
-- customer, the points and her debt); the caller plans the movement and calls again with it
-- (`earn`) and the debt it was planned on, which is written with the check-in under the
-- account's lock if her debt is still that, else answered with a fresh plan. Her other movements
-- in between change nothing to a credit's plan. An event without points stays one round trip.
CREATE OR REPLACE FUNCTION check_in_invitation(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  idem jsonb := p->'key';
  shop uuid := (p->>'shopId')::uuid;
  at timestamptz := (p->>'at')::timestamptz;
  earn jsonb := p->'earn';
  held jsonb;
  inv record;
  account record;
  answer jsonb;
BEGIN
  IF jsonb_typeof(idem) = 'object' THEN
    held := claim_idempotency_key((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid,
                                  idem->>'key', (idem->>'queue')::boolean);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;
  SELECT i.id, i.status, i."checkedInAt", i."customerId", s.id AS "saleId", s."shopId",
         s."startsAt", s."endsAt", s."archivedAt", s."checkInPoints",
         CASE WHEN c.locale = 'fr' THEN s."nameFr" ELSE s."nameEn" END AS name,
         c."firstName", t.code AS "tierCode", t.name AS "tierName"
  INTO inv
  FROM "Invitation" i JOIN "PrivateSale" s ON s.id = i."privateSaleId"
  JOIN "Customer" c ON c.id = i."customerId" JOIN "Tier" t ON t.id = c."tierId"
  WHERE i.code = p->>'code'
  FOR UPDATE OF i;
  IF NOT FOUND THEN RETURN '{"refused": "invitation_not_found"}'::jsonb; END IF;
  IF inv."shopId" IS DISTINCT FROM shop THEN
    RETURN '{"refused": "invitation_not_for_this_shop"}'::jsonb;
  END IF;
  IF inv."archivedAt" IS NOT NULL OR at < inv."startsAt" OR at >= inv."endsAt" THEN
    RETURN '{"refused": "private_sale_not_open"}'::jsonb;
  END IF;
  IF inv.status = 'CHECKED_IN' THEN
    RETURN jsonb_build_object('refused', 'already_checked_in',
      'message', 'This invitation was already checked in at '
                 || to_char(inv."checkedInAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '.',
      'details', jsonb_build_object('checkedInAt',
                 to_char(inv."checkedInAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
  END IF;
  IF inv."checkInPoints" > 0 THEN
    IF jsonb_typeof(earn) = 'object' THEN
      PERFORM 1 FROM "Account" a WHERE a."customerId" = inv."customerId" FOR UPDATE;
    END IF;
    -- A statement of its own after the lock: it sees what the lock's previous holder committed.
    SELECT COALESCE(d.balance, 0) AS debt INTO account
    FROM (SELECT 1) one
    LEFT JOIN "Account" d ON d.code = (p->>'debtPrefix') || inv."customerId";
    IF jsonb_typeof(earn) IS DISTINCT FROM 'object'
       OR (earn->>'points')::int IS DISTINCT FROM inv."checkInPoints"
       OR earn->>'sourceId' IS DISTINCT FROM inv.id::text
       OR (p->>'debt')::int IS DISTINCT FROM account.debt THEN
      RETURN jsonb_build_object('plan', jsonb_build_object(
        'customerId', inv."customerId", 'invitationId', inv.id, 'points', inv."checkInPoints",
        'debt', account.debt));
    END IF;
  END IF;
  IF inv.status <> 'ACCEPTED' THEN
    UPDATE "PrivateSale" SET "placesTaken" = "placesTaken" + 1
    WHERE id = inv."saleId" AND "placesTaken" < capacity;
    IF NOT FOUND THEN RETURN '{"refused": "private_sale_full"}'::jsonb; END IF;
  END IF;
  UPDATE "Invitation"
  SET status = 'CHECKED_IN', "checkedInAt" = at, "checkedInShopId" = shop, "waitlistedAt" = NULL
  WHERE id = inv.id;
  IF inv."checkInPoints" > 0 THEN
    PERFORM write_movement_of(inv."customerId", 'EARN', 'STORE', earn);
  END IF;
  answer := jsonb_build_object('invitation', jsonb_build_object(
    'id', inv.id, 'status', 'CHECKED_IN',
    'checkedInAt', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'privateSale', jsonb_build_object('id', inv."saleId", 'name', inv.name),
    'customer', jsonb_build_object('firstName', inv."firstName",
                                   'tier', jsonb_build_object('code', inv."tierCode", 'name', inv."tierName")),
    'pointsEarned', inv."checkInPoints"));
  IF jsonb_typeof(idem) = 'object' THEN
    RETURN keep_idempotent_answer((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid, idem->>'key',
                                  idem->>'requestHash', (p->>'answerStatus')::int, answer);
  END IF;
  RETURN jsonb_build_object('status', (p->>'answerStatus')::int, 'body', answer);
END
$$;
