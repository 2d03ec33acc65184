-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('INVITATION', 'WAITLIST_PLACE', 'INVITATION_REMINDER');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'DISPATCHED', 'SENDING', 'SENT', 'SKIPPED', 'FAILED');

-- CreateEnum
CREATE TYPE "MessageHold" AS ENUM ('QUIET_HOURS', 'FREQUENCY_CAP', 'NO_CONSENT', 'NO_ADDRESS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConsentSource" ADD VALUE 'EMAIL_LINK';
ALTER TYPE "ConsentSource" ADD VALUE 'SMS_REPLY';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'INVITATION_REMINDER';

-- AlterTable
ALTER TABLE "PrivateSale" ADD COLUMN     "channels" "MessageChannel"[] DEFAULT ARRAY['EMAIL']::"MessageChannel"[];

-- AlterTable
ALTER TABLE "ProgrammeSettings" ADD COLUMN     "emailCapPer30Days" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "smsCapPer30Days" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "smsHoursFrom" INTEGER NOT NULL DEFAULT 600,
ADD COLUMN     "smsHoursTo" INTEGER NOT NULL DEFAULT 1200,
ADD COLUMN     "smsSkipHolidays" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "smsWeekdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5, 6]::INTEGER[];

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "marketing" BOOLEAN NOT NULL,
    "data" JSONB NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "sendAfter" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hold" "MessageHold",
    "leaseUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "interruptedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" VARCHAR(1000),
    "sentTo" VARCHAR(254),
    "summary" VARCHAR(1600),
    "sentAt" TIMESTAMPTZ(3),
    "resent" BOOLEAN NOT NULL DEFAULT false,
    "unsubscribedAt" TIMESTAMPTZ(3),
    "invitationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsOutboxEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "messageId" UUID NOT NULL,
    "to" VARCHAR(20) NOT NULL,
    "sender" VARCHAR(16) NOT NULL,
    "body" VARCHAR(1600) NOT NULL,
    "segments" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsOutboxEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Message_status_sendAfter_idx" ON "Message"("status", "sendAfter");

-- CreateIndex
CREATE INDEX "Message_customerId_channel_sentAt_idx" ON "Message"("customerId", "channel", "sentAt");

-- CreateIndex
CREATE INDEX "Message_customerId_createdAt_idx" ON "Message"("customerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_invitationId_kind_channel_key" ON "Message"("invitationId", "kind", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "SmsOutboxEntry_messageId_key" ON "SmsOutboxEntry"("messageId");

-- CreateIndex
CREATE INDEX "SmsOutboxEntry_createdAt_idx" ON "SmsOutboxEntry"("createdAt");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The worker dispatches new messages at once: every statement that queues messages wakes it.
CREATE FUNCTION notify_messages_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('messages_queued', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "Message_queued"
AFTER INSERT ON "Message" FOR EACH STATEMENT EXECUTE FUNCTION notify_messages_queued();

-- A sending job takes its message, in one round trip: the message locked, then, for a marketing
-- one, the customer's consent checked, the sending hours and the channel's frequency cap. A
-- message held goes back to the queue until its next slot; one without consent or address is
-- skipped. The cap is counted under a lock per customer and channel, so two messages sent at once
-- cannot both take the last place.
-- A message SENDING is another job's; one dispatched again after an interrupted attempt says so.
-- The caller computes each channel's next sending slot (null when now is one; holidays are known
-- in TypeScript), so the message is read once: the function uses its channel's.
CREATE FUNCTION claim_message(message uuid, at timestamptz, lease interval,
                              email_quiet_until timestamptz, sms_quiet_until timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  m record;
  cap int;
  counted int;
  quiet_until timestamptz;
  oldest timestamptz;
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
    'interrupted', m."interruptedAttempts" > 0));
END
$$;
