-- AlterEnum
ALTER TYPE "MessageKind" ADD VALUE 'RETENTION_WARNING';

-- AlterTable
ALTER TABLE "ProgrammeSettings" ADD COLUMN "retentionMonths" INTEGER NOT NULL DEFAULT 36;

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "lastContactAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "retentionWarnedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Customer_erasedAt_lastContactAt_idx" ON "Customer"("erasedAt", "lastContactAt");


-- Hand-written from here.

ALTER TABLE "ProgrammeSettings" ADD CONSTRAINT "ProgrammeSettings_retentionMonths"
  CHECK ("retentionMonths" BETWEEN 12 AND 120);

-- Her last contact (README, "Her data", says what counts; ARCHITECTURE.md, why here) is kept on
-- her row by the writes that record each contact, through the triggers below, so the retention
-- job reads one index instead of a union over every table at 1M customers. A trigger, not the
-- callers: the tills' functions, Prisma's writes and next-auth's sessions all go through it, in
-- the statement that records the contact, with no round trip of their own. To the day: a
-- customer seen again within a day of her last contact costs no write.
CREATE FUNCTION note_customer_contact(customer uuid, at timestamptz) RETURNS void
LANGUAGE sql VOLATILE AS $$
  UPDATE "Customer" SET "lastContactAt" = at
  WHERE id = customer AND "lastContactAt" < at - interval '1 day'
$$;

-- When each row below says she was in touch: one function for every table, so what counts as her
-- contact is read in one place; the triggers' WHEN clauses choose the rows.
CREATE FUNCTION customer_contact_trigger() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  CASE TG_TABLE_NAME
    -- Made, or its receipt claimed from the portal.
    WHEN 'Purchase' THEN
      PERFORM note_customer_contact(NEW."customerId", greatest(NEW."occurredAt", NEW."claimedAt"));
    WHEN 'Movement', 'AuthSession', 'ContestEntry', 'OfferClaim' THEN
      PERFORM note_customer_contact(NEW."customerId", NEW."createdAt");
    WHEN 'GamePlay' THEN
      PERFORM note_customer_contact(NEW."customerId", NEW."playedAt");
    WHEN 'Invitation' THEN
      PERFORM note_customer_contact(NEW."customerId", greatest(NEW."answeredAt", NEW."checkedInAt"));
    WHEN 'Message' THEN
      PERFORM note_customer_contact(NEW."customerId", greatest(NEW."openedAt", NEW."clickedAt"));
    -- A code of hers used at a till or online: the redemption names the code, the code its holder.
    WHEN 'Redemption' THEN
      PERFORM note_customer_contact(dc."customerId", NEW."createdAt")
      FROM "DiscountCode" dc WHERE dc.id = NEW."codeId" AND dc."customerId" IS NOT NULL;
  END CASE;
  RETURN NULL;
END
$$;

CREATE TRIGGER customer_contact AFTER INSERT OR UPDATE OF "claimedAt" ON "Purchase"
  FOR EACH ROW WHEN (NEW."customerId" IS NOT NULL)
  EXECUTE FUNCTION customer_contact_trigger();
-- Movements she caused (a purchase's or a refund's points, a reward claimed, a game, a check-in);
-- not expiries, releases, bonuses, prizes, referral rewards, a contest entry's points (paid when
-- staff approve it) or staff adjustments.
CREATE TRIGGER customer_contact AFTER INSERT ON "Movement"
  FOR EACH ROW WHEN (NEW."staffUserId" IS NULL
                     AND (NEW."sourceType" IN ('PURCHASE', 'REFUND', 'GAME_PLAY', 'INVITATION')
                          OR (NEW."sourceType" = 'DISCOUNT_CODE' AND NEW.type = 'REDEEM')))
  EXECUTE FUNCTION customer_contact_trigger();
CREATE TRIGGER customer_contact AFTER INSERT ON "Redemption"
  FOR EACH ROW EXECUTE FUNCTION customer_contact_trigger();
CREATE TRIGGER customer_contact AFTER INSERT ON "AuthSession"
  FOR EACH ROW WHEN (NEW."customerId" IS NOT NULL)
  EXECUTE FUNCTION customer_contact_trigger();
CREATE TRIGGER customer_contact AFTER INSERT ON "GamePlay"
  FOR EACH ROW EXECUTE FUNCTION customer_contact_trigger();
CREATE TRIGGER customer_contact AFTER INSERT ON "ContestEntry"
  FOR EACH ROW WHEN (NEW."customerId" IS NOT NULL)
  EXECUTE FUNCTION customer_contact_trigger();
CREATE TRIGGER customer_contact AFTER INSERT ON "OfferClaim"
  FOR EACH ROW EXECUTE FUNCTION customer_contact_trigger();
-- Answered (accepted, declined, waitlisted, a freed place confirmed) or checked in.
CREATE TRIGGER customer_contact AFTER UPDATE OF "answeredAt", "checkedInAt" ON "Invitation"
  FOR EACH ROW WHEN (NEW."answeredAt" IS DISTINCT FROM OLD."answeredAt"
                     OR NEW."checkedInAt" IS DISTINCT FROM OLD."checkedInAt")
  EXECUTE FUNCTION customer_contact_trigger();
-- An email of ours opened or clicked (tracked); not the retention warning itself, which says only
-- signing in or shopping keeps her account (and a mail client may load its image unread). Its kind
-- is compared as text: the enum's new value cannot be used in the transaction that adds it.
CREATE TRIGGER customer_contact AFTER UPDATE OF "openedAt", "clickedAt" ON "Message"
  FOR EACH ROW WHEN (NEW.kind::text <> 'RETENTION_WARNING'
                     AND (NEW."openedAt" IS DISTINCT FROM OLD."openedAt"
                          OR NEW."clickedAt" IS DISTINCT FROM OLD."clickedAt"))
  EXECUTE FUNCTION customer_contact_trigger();

-- The contacts customers already had, once.
UPDATE "Customer" c SET "lastContactAt" = seen.at
FROM (
  SELECT "customerId", max(at) AS at FROM (
    SELECT id AS "customerId", "createdAt" AS at FROM "Customer"
    UNION ALL SELECT "customerId", "occurredAt" FROM "Purchase" WHERE "customerId" IS NOT NULL
    UNION ALL SELECT "customerId", "claimedAt" FROM "Purchase" WHERE "claimedAt" IS NOT NULL
    UNION ALL SELECT "customerId", "createdAt" FROM "Movement"
      WHERE "staffUserId" IS NULL
        AND ("sourceType" IN ('PURCHASE', 'REFUND', 'GAME_PLAY', 'INVITATION')
             OR ("sourceType" = 'DISCOUNT_CODE' AND type = 'REDEEM'))
    UNION ALL SELECT dc."customerId", r."createdAt" FROM "Redemption" r
      JOIN "DiscountCode" dc ON dc.id = r."codeId" WHERE dc."customerId" IS NOT NULL
    UNION ALL SELECT "customerId", "createdAt" FROM "AuthSession" WHERE "customerId" IS NOT NULL
    UNION ALL SELECT "customerId", "playedAt" FROM "GamePlay"
    UNION ALL SELECT "customerId", "createdAt" FROM "ContestEntry" WHERE "customerId" IS NOT NULL
    UNION ALL SELECT "customerId", "createdAt" FROM "OfferClaim"
    UNION ALL SELECT "customerId", greatest("answeredAt", "checkedInAt") FROM "Invitation"
    UNION ALL SELECT "customerId", greatest("openedAt", "clickedAt") FROM "Message"
  ) contact
  WHERE at IS NOT NULL
  GROUP BY "customerId"
) seen
WHERE seen."customerId" = c.id;
