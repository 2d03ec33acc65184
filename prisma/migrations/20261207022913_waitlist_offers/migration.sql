-- AlterEnum
ALTER TYPE "InvitationStatus" ADD VALUE 'LAPSED';

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "offerExpiresAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "PrivateSale" ADD COLUMN     "waitlistOfferHours" INTEGER NOT NULL DEFAULT 24;

-- CreateIndex
CREATE INDEX "Invitation_offerExpiresAt_idx" ON "Invitation"("offerExpiresAt");


-- Queues an invitation's messages on the channels its event names, in the transaction that
-- invites (or gives a waitlisted customer her place). What the templates need is copied from the
-- event, so the message says what the event was when it was sent. A marketing message to a
-- customer without consent on the channel, or an SMS without a phone, is kept as skipped, so the
-- admin sees who was not told and why. A place offered from the waitlist says until when it is
-- hers.
CREATE FUNCTION queue_invitation_messages(invitations uuid[], message_kind "MessageKind", is_marketing boolean)
RETURNS int LANGUAGE sql VOLATILE AS $$
  WITH queued AS (
    INSERT INTO "Message" ("customerId", channel, kind, marketing, data, "invitationId", status, hold)
    SELECT i."customerId", ch, message_kind, is_marketing,
           jsonb_build_object(
             'invitationId', i.id, 'code', i.code, 'kind', s.kind,
             'nameEn', s."nameEn", 'nameFr', s."nameFr", 'textEn', s."textEn", 'textFr', s."textFr",
             'startsAt', s."startsAt", 'endsAt', s."endsAt", 'offerExpiresAt', i."offerExpiresAt",
             'shop', CASE WHEN sh.id IS NOT NULL THEN jsonb_build_object('name', sh.name, 'city', sh.city) END),
           i.id,
           CASE WHEN b.blocked IS NULL THEN 'QUEUED' ELSE 'SKIPPED' END::"MessageStatus",
           b.blocked
    FROM "Invitation" i
    JOIN "PrivateSale" s ON s.id = i."privateSaleId"
    LEFT JOIN "Shop" sh ON sh.id = s."shopId"
    JOIN "Customer" c ON c.id = i."customerId"
    CROSS JOIN LATERAL unnest(s.channels) ch
    CROSS JOIN LATERAL (
      SELECT CASE
        WHEN ch = 'SMS' AND c.phone IS NULL THEN 'NO_ADDRESS'::"MessageHold"
        WHEN is_marketing AND ((ch = 'EMAIL' AND c."emailConsentAt" IS NULL)
                               OR (ch = 'SMS' AND c."smsConsentAt" IS NULL)) THEN 'NO_CONSENT'::"MessageHold"
      END AS blocked) b
    WHERE i.id = ANY(invitations)
    ON CONFLICT ("invitationId", kind, channel) DO NOTHING
    RETURNING 1)
  SELECT count(*)::int FROM queued
$$;


-- Offers the place an invitation gave up to the first on the event's waitlist, for the event's
-- hours to confirm, telling her in the portal and on the event's channels; with nobody waiting
-- (or the event over), the place is free again. The caller holds the event's row lock.
CREATE FUNCTION offer_freed_place(sale uuid, at timestamptz) RETURNS uuid
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  promoted record;
BEGIN
  UPDATE "Invitation" i
  SET status = 'ACCEPTED', "waitlistedAt" = NULL,
      "offerExpiresAt" = at + make_interval(hours => s."waitlistOfferHours")
  FROM "PrivateSale" s
  WHERE s.id = sale AND s."endsAt" > at AND s."archivedAt" IS NULL
    AND i.id = (SELECT w.id FROM "Invitation" w
                WHERE w."privateSaleId" = sale AND w.status = 'WAITLISTED'
                ORDER BY w."waitlistedAt", w.id LIMIT 1
                FOR UPDATE SKIP LOCKED)
  RETURNING i.id, i."customerId", s."nameEn", s."nameFr" INTO promoted;
  IF NOT FOUND THEN
    UPDATE "PrivateSale" SET "placesTaken" = "placesTaken" - 1 WHERE id = sale;
    RETURN NULL;
  END IF;
  INSERT INTO "Notification" ("customerId", kind, data)
  VALUES (promoted."customerId", 'WAITLIST_PLACE',
          jsonb_build_object('invitationId', promoted.id, 'privateSaleId', sale,
                             'nameEn', promoted."nameEn", 'nameFr', promoted."nameFr"));
  PERFORM queue_invitation_messages(ARRAY[promoted.id], 'WAITLIST_PLACE', false);
  RETURN promoted.id;
END
$$;

-- The customer's answer, as before, with places offered from the waitlist: accepting one confirms
-- it (unless its time is up: then it lapses and passes on), declining one passes it on too.
CREATE OR REPLACE FUNCTION answer_invitation(invitation uuid, customer uuid, accepting boolean, answered_at timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  inv record;
  next_status "InvitationStatus";
BEGIN
  SELECT i.id, i.status, i."waitlistedAt", i."offerExpiresAt", i."privateSaleId", s."endsAt", s."archivedAt"
  INTO inv
  FROM "Invitation" i JOIN "PrivateSale" s ON s.id = i."privateSaleId"
  WHERE i.id = invitation AND i."customerId" = customer
  FOR UPDATE OF i;
  IF NOT FOUND THEN RETURN '{"refused": "invitation_not_found"}'::jsonb; END IF;
  IF inv."archivedAt" IS NOT NULL OR inv."endsAt" <= answered_at THEN
    RETURN '{"refused": "private_sale_over"}'::jsonb;
  END IF;
  IF inv.status = 'CHECKED_IN' THEN RETURN '{"refused": "already_checked_in"}'::jsonb; END IF;
  IF inv.status = 'ACCEPTED' AND inv."offerExpiresAt" <= answered_at THEN
    PERFORM 1 FROM "PrivateSale" WHERE id = inv."privateSaleId" FOR UPDATE;
    UPDATE "Invitation" SET status = 'LAPSED', "offerExpiresAt" = NULL WHERE id = inv.id;
    PERFORM offer_freed_place(inv."privateSaleId", answered_at);
    RETURN '{"status": "LAPSED"}'::jsonb;
  END IF;
  IF accepting THEN
    IF inv.status = 'ACCEPTED' THEN
      UPDATE "Invitation" SET "offerExpiresAt" = NULL, "answeredAt" = answered_at
      WHERE id = inv.id AND "offerExpiresAt" IS NOT NULL;
      RETURN '{"status": "ACCEPTED"}'::jsonb;
    END IF;
    UPDATE "PrivateSale" SET "placesTaken" = "placesTaken" + 1
    WHERE id = inv."privateSaleId" AND "placesTaken" < capacity;
    next_status := CASE WHEN FOUND THEN 'ACCEPTED' ELSE 'WAITLISTED' END;
  ELSE
    IF inv.status = 'DECLINED' THEN RETURN '{"status": "DECLINED"}'::jsonb; END IF;
    IF inv.status = 'ACCEPTED' THEN
      PERFORM 1 FROM "PrivateSale" WHERE id = inv."privateSaleId" FOR UPDATE;
      PERFORM offer_freed_place(inv."privateSaleId", answered_at);
    END IF;
    next_status := 'DECLINED';
  END IF;
  UPDATE "Invitation"
  SET status = next_status, "answeredAt" = answered_at, "offerExpiresAt" = NULL,
      "waitlistedAt" = CASE WHEN next_status = 'WAITLISTED' THEN COALESCE(inv."waitlistedAt", answered_at) END
  WHERE id = inv.id;
  RETURN jsonb_build_object('status', next_status);
END
$$;

-- Places offered from the waitlist and not confirmed in time lapse, each passing to the next in
-- line (the worker runs it every five minutes; an answer after the time does the same at once).
CREATE FUNCTION lapse_waitlist_offers(at timestamptz) RETURNS int
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  lapsed record;
  done int := 0;
BEGIN
  FOR lapsed IN
    SELECT i.id, i."privateSaleId" FROM "Invitation" i
    WHERE i."offerExpiresAt" <= at AND i.status = 'ACCEPTED'
    ORDER BY i."offerExpiresAt"
    LIMIT 1000
    FOR UPDATE SKIP LOCKED
  LOOP
    PERFORM 1 FROM "PrivateSale" WHERE id = lapsed."privateSaleId" FOR UPDATE;
    UPDATE "Invitation" SET status = 'LAPSED', "offerExpiresAt" = NULL WHERE id = lapsed.id;
    PERFORM offer_freed_place(lapsed."privateSaleId", at);
    done := done + 1;
  END LOOP;
  RETURN done;
END
$$;
