-- CreateEnum
CREATE TYPE "PrivateSaleKind" AS ENUM ('PRIVATE_SALE', 'PREVIEW', 'WORKSHOP');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'CHECKED_IN');

-- CreateTable
CREATE TABLE "PrivateSale" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "PrivateSaleKind" NOT NULL DEFAULT 'PRIVATE_SALE',
    "nameEn" VARCHAR(120) NOT NULL,
    "nameFr" VARCHAR(120) NOT NULL,
    "textEn" VARCHAR(2000) NOT NULL DEFAULT '',
    "textFr" VARCHAR(2000) NOT NULL DEFAULT '',
    "shopId" UUID,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "placesTaken" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrivateSale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivateSaleTier" (
    "privateSaleId" UUID NOT NULL,
    "tierId" UUID NOT NULL,

    CONSTRAINT "PrivateSaleTier_pkey" PRIMARY KEY ("privateSaleId","tierId")
);

-- CreateTable
CREATE TABLE "PrivateSaleSegment" (
    "privateSaleId" UUID NOT NULL,
    "segmentId" UUID NOT NULL,

    CONSTRAINT "PrivateSaleSegment_pkey" PRIMARY KEY ("privateSaleId","segmentId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "privateSaleId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'INVITED',
    "answeredAt" TIMESTAMPTZ(3),
    "waitlistedAt" TIMESTAMPTZ(3),
    "checkedInAt" TIMESTAMPTZ(3),
    "checkedInShopId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PrivateSale_startsAt_endsAt_idx" ON "PrivateSale"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "PrivateSaleTier_tierId_idx" ON "PrivateSaleTier"("tierId");

-- CreateIndex
CREATE INDEX "PrivateSaleSegment_segmentId_idx" ON "PrivateSaleSegment"("segmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_code_key" ON "Invitation"("code");

-- CreateIndex
CREATE INDEX "Invitation_customerId_createdAt_idx" ON "Invitation"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_privateSaleId_status_waitlistedAt_idx" ON "Invitation"("privateSaleId", "status", "waitlistedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_privateSaleId_customerId_key" ON "Invitation"("privateSaleId", "customerId");

-- AddForeignKey
ALTER TABLE "PrivateSale" ADD CONSTRAINT "PrivateSale_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateSaleTier" ADD CONSTRAINT "PrivateSaleTier_privateSaleId_fkey" FOREIGN KEY ("privateSaleId") REFERENCES "PrivateSale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateSaleTier" ADD CONSTRAINT "PrivateSaleTier_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "Tier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateSaleSegment" ADD CONSTRAINT "PrivateSaleSegment_privateSaleId_fkey" FOREIGN KEY ("privateSaleId") REFERENCES "PrivateSale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateSaleSegment" ADD CONSTRAINT "PrivateSaleSegment_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_privateSaleId_fkey" FOREIGN KEY ("privateSaleId") REFERENCES "PrivateSale"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_checkedInShopId_fkey" FOREIGN KEY ("checkedInShopId") REFERENCES "Shop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "PrivateSale"
  ADD CONSTRAINT "PrivateSale_dates" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "PrivateSale_places" CHECK (capacity > 0 AND "placesTaken" BETWEEN 0 AND capacity);

-- A customer's answer to an invitation, in one statement: accepting takes a place while one is
-- left (the sale's row is the lock, so concurrent answers never pass its capacity), else joins the
-- waitlist; declining a place gives it to the earliest on the waitlist, or frees it.
CREATE FUNCTION answer_invitation(invitation uuid, customer uuid, accepting boolean, answered_at timestamptz)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  inv record;
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
                  FOR UPDATE SKIP LOCKED);
      IF NOT FOUND THEN
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

-- A till checks an invitation in, in one round trip with its Idempotency-Key: the invitation by
-- its code, locked, so the same code scanned on two tills at once checks in once. An invitation
-- without a place (not accepted, or on the waitlist) takes one if the event has one left.
CREATE FUNCTION check_in_invitation(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  idem jsonb := p->'key';
  shop uuid := (p->>'shopId')::uuid;
  at timestamptz := (p->>'at')::timestamptz;
  held jsonb;
  inv record;
  answer jsonb;
BEGIN
  IF jsonb_typeof(idem) = 'object' THEN
    held := claim_idempotency_key((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid,
                                  idem->>'key', (idem->>'queue')::boolean);
    IF held IS NOT NULL THEN RETURN held; END IF;
  END IF;
  SELECT i.id, i.status, i."checkedInAt", s.id AS "saleId", s."shopId", s."startsAt", s."endsAt",
         s."archivedAt", CASE WHEN c.locale = 'fr' THEN s."nameFr" ELSE s."nameEn" END AS name,
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
  IF inv.status <> 'ACCEPTED' THEN
    UPDATE "PrivateSale" SET "placesTaken" = "placesTaken" + 1
    WHERE id = inv."saleId" AND "placesTaken" < capacity;
    IF NOT FOUND THEN RETURN '{"refused": "private_sale_full"}'::jsonb; END IF;
  END IF;
  UPDATE "Invitation"
  SET status = 'CHECKED_IN', "checkedInAt" = at, "checkedInShopId" = shop, "waitlistedAt" = NULL
  WHERE id = inv.id;
  answer := jsonb_build_object('invitation', jsonb_build_object(
    'id', inv.id, 'status', 'CHECKED_IN',
    'checkedInAt', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'privateSale', jsonb_build_object('id', inv."saleId", 'name', inv.name),
    'customer', jsonb_build_object('firstName', inv."firstName",
                                   'tier', jsonb_build_object('code', inv."tierCode", 'name', inv."tierName"))));
  IF jsonb_typeof(idem) = 'object' THEN
    RETURN keep_idempotent_answer((idem->>'apiKeyId')::uuid, (idem->>'webhookShopId')::uuid, idem->>'key',
                                  idem->>'requestHash', (p->>'answerStatus')::int, answer);
  END IF;
  RETURN jsonb_build_object('status', (p->>'answerStatus')::int, 'body', answer);
END
$$;
