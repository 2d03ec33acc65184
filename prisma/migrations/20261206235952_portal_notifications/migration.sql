-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('INVITATION', 'WAITLIST_PLACE');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "data" JSONB NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_customerId_createdAt_idx" ON "Notification"("customerId", "createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Unread notices are what the bell counts, on every page of the portal.
CREATE INDEX "Notification_unread_idx" ON "Notification" ("customerId") WHERE "readAt" IS NULL;

-- A declined place given to the first on the waitlist now tells her so in the portal.
CREATE OR REPLACE FUNCTION answer_invitation(invitation uuid, customer uuid, accepting boolean, answered_at timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  inv record;
  promoted record;
  next_status "InvitationStatus";
BEGIN
  SELECT i.id, i.status, i."waitlistedAt", i."privateSaleId", s."endsAt", s."archivedAt" INTO inv
  FROM "Invitation" i JOIN "PrivateSale" s ON s.id = i."privateSaleId"
  WHERE i.id = invitation AND i."customerId" = customer
  FOR UPDATE OF i;
  IF NOT FOUND THEN RETURN '{"refused": "invitation_not_found"}'::jsonb; END IF;
  IF inv."archivedAt" IS NOT NULL OR inv."endsAt" <= answered_at THEN
    RETURN '{"refused": "private_sale_over"}'::jsonb;
  END IF;
  IF inv.status = 'CHECKED_IN' THEN RETURN '{"refused": "already_checked_in"}'::jsonb; END IF;
  IF accepting THEN
    IF inv.status = 'ACCEPTED' THEN RETURN '{"status": "ACCEPTED"}'::jsonb; END IF;
    UPDATE "PrivateSale" SET "placesTaken" = "placesTaken" + 1
    WHERE id = inv."privateSaleId" AND "placesTaken" < capacity;
    next_status := CASE WHEN FOUND THEN 'ACCEPTED' ELSE 'WAITLISTED' END;
  ELSE
    IF inv.status = 'DECLINED' THEN RETURN '{"status": "DECLINED"}'::jsonb; END IF;
    IF inv.status = 'ACCEPTED' THEN
      PERFORM 1 FROM "PrivateSale" WHERE id = inv."privateSaleId" FOR UPDATE;
      UPDATE "Invitation" SET status = 'ACCEPTED', "waitlistedAt" = NULL
      WHERE id = (SELECT w.id FROM "Invitation" w
                  WHERE w."privateSaleId" = inv."privateSaleId" AND w.status = 'WAITLISTED'
                  ORDER BY w."waitlistedAt", w.id LIMIT 1
                  FOR UPDATE SKIP LOCKED)
      RETURNING id, "customerId" INTO promoted;
      IF FOUND THEN
        INSERT INTO "Notification" ("customerId", kind, data)
        SELECT promoted."customerId", 'WAITLIST_PLACE',
               jsonb_build_object('invitationId', promoted.id, 'privateSaleId', s.id,
                                  'nameEn', s."nameEn", 'nameFr', s."nameFr")
        FROM "PrivateSale" s WHERE s.id = inv."privateSaleId";
      ELSE
        UPDATE "PrivateSale" SET "placesTaken" = "placesTaken" - 1 WHERE id = inv."privateSaleId";
      END IF;
    END IF;
    next_status := 'DECLINED';
  END IF;
  UPDATE "Invitation"
  SET status = next_status, "answeredAt" = answered_at,
      "waitlistedAt" = CASE WHEN next_status = 'WAITLISTED' THEN COALESCE(inv."waitlistedAt", answered_at) END
  WHERE id = inv.id;
  RETURN jsonb_build_object('status', next_status);
END
$$;
