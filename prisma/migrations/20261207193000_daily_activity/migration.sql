-- The dashboard's figures. `activity_by_day` is their one definition: what happened on each day of
-- the programme's time zone, per channel and shop, counted from the ledger, purchases, codes,
-- plays, entries and messages. The worker keeps closed days in "DailyActivity" (rolled up again
-- for a week, as late purchases and message opens arrive); the dashboard reads those rows and
-- computes the days not rolled up yet (today) live with the same function. Amounts are bigint: a
-- busy e-shop's day can pass the 21 million euros an integer of cents holds.

ALTER TABLE "ProgrammeSettings" ADD COLUMN "valueOf100Points" INTEGER NOT NULL DEFAULT 500;

CREATE TABLE "DailyActivity" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "channel" "Channel" NOT NULL,
    "shopId" UUID,
    "newMembers" INTEGER NOT NULL DEFAULT 0,
    "pointsIssued" INTEGER NOT NULL DEFAULT 0,
    "pointsRedeemed" INTEGER NOT NULL DEFAULT 0,
    "pointsNet" INTEGER NOT NULL DEFAULT 0,
    "codesIssued" INTEGER NOT NULL DEFAULT 0,
    "codesRedeemed" INTEGER NOT NULL DEFAULT 0,
    "discountGiven" BIGINT NOT NULL DEFAULT 0,
    "purchases" INTEGER NOT NULL DEFAULT 0,
    "purchaseAmount" BIGINT NOT NULL DEFAULT 0,
    "memberPurchases" INTEGER NOT NULL DEFAULT 0,
    "memberPurchaseAmount" BIGINT NOT NULL DEFAULT 0,
    "plays" INTEGER NOT NULL DEFAULT 0,
    "playsWon" INTEGER NOT NULL DEFAULT 0,
    "contestEntries" INTEGER NOT NULL DEFAULT 0,
    "messagesSent" INTEGER NOT NULL DEFAULT 0,
    "messagesOpened" INTEGER NOT NULL DEFAULT 0,
    "messagesClicked" INTEGER NOT NULL DEFAULT 0,
    "messagesFailed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyActivity_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RolledUpDay" (
    "day" DATE NOT NULL,
    "rolledAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activeMembers" INTEGER,

    CONSTRAINT "RolledUpDay_pkey" PRIMARY KEY ("day")
);

CREATE INDEX "DailyActivity_day_idx" ON "DailyActivity"("day");

-- Block-range indexes on the append-only tables' dates: the live part reads today's rows (and
-- active members their last 30 days) without a scan of the whole table, and, unlike a b-tree, a
-- till's insert almost never has to update them. (Redemptions already have a b-tree on their date.)
CREATE INDEX "Movement_createdAt_idx" ON "Movement" USING BRIN ("createdAt");
CREATE INDEX "Purchase_occurredAt_idx" ON "Purchase" USING BRIN ("occurredAt");
CREATE INDEX "CodeEvent_createdAt_idx" ON "CodeEvent" USING BRIN ("createdAt");
CREATE INDEX "GamePlay_playedAt_idx" ON "GamePlay" USING BRIN ("playedAt");
CREATE INDEX "ContestEntry_createdAt_idx" ON "ContestEntry" USING BRIN ("createdAt");
CREATE INDEX "Message_createdAt_idx" ON "Message" USING BRIN ("createdAt");

CREATE FUNCTION activity_by_day(p_from timestamptz, p_to timestamptz, tz text)
RETURNS TABLE (
  day date, channel "Channel", "shopId" uuid,
  "newMembers" int, "pointsIssued" int, "pointsRedeemed" int, "pointsNet" int,
  "codesIssued" int, "codesRedeemed" int, "discountGiven" bigint,
  purchases int, "purchaseAmount" bigint, "memberPurchases" int, "memberPurchaseAmount" bigint,
  plays int, "playsWon" int, "contestEntries" int,
  "messagesSent" int, "messagesOpened" int, "messagesClicked" int, "messagesFailed" int
)
-- Without JIT: compiling a plan this size takes about half a second, more than running it on the
-- few days it reads. (A SET also keeps the function from being inlined into its caller's plan.)
LANGUAGE sql STABLE SET jit = off AS $$
  WITH facts AS (
    -- New members, by where they joined (the channel stands for the source).
    SELECT (c."createdAt" AT TIME ZONE tz)::date AS day,
           (CASE c."signUpSource" WHEN 'SHOP' THEN 'STORE' WHEN 'ESHOP' THEN 'ESHOP'
              WHEN 'CONTEST' THEN 'SOCIAL' WHEN 'REFERRAL' THEN 'REFERRAL' ELSE 'APP' END)::"Channel" AS channel,
           CASE WHEN c."signUpSource" IN ('SHOP', 'ESHOP') THEN c."homeShopId" END AS shop,
           1 AS new_members, 0 AS issued, 0 AS redeemed, 0 AS net, 0 AS codes_issued,
           0 AS codes_redeemed, 0 AS discount, 0 AS purchases, 0 AS amount, 0 AS member_purchases,
           0 AS member_amount, 0 AS plays, 0 AS won, 0 AS entries, 0 AS sent, 0 AS opened,
           0 AS clicked, 0 AS failed
    FROM "Customer" c WHERE c."createdAt" >= p_from AND c."createdAt" < p_to
    UNION ALL
    -- Points: issued (earned and added), redeemed (spent on rewards), and the net change of what
    -- customers hold (every movement but the release of pending points, which moves none).
    -- A purchase's and a refund's points count at the purchase's shop.
    SELECT (m."createdAt" AT TIME ZONE tz)::date, m.channel, COALESCE(p."shopId", rp."shopId"),
           0, CASE WHEN m.type IN ('EARN', 'ADJUST') AND m.points > 0 THEN m.points ELSE 0 END,
           CASE WHEN m.type = 'REDEEM' THEN -m.points ELSE 0 END,
           CASE WHEN m.type = 'RELEASE' THEN 0 ELSE m.points END,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM "Movement" m
    -- The id cast only where it is one, so the joins use the primary keys.
    LEFT JOIN "Purchase" p
      ON p.id = CASE WHEN m."sourceType" = 'PURCHASE' THEN m."sourceId"::uuid END
    LEFT JOIN "Refund" r ON r.id = CASE WHEN m."sourceType" = 'REFUND' THEN m."sourceId"::uuid END
    LEFT JOIN "Purchase" rp ON rp.id = r."purchaseId"
    WHERE m."createdAt" >= p_from AND m."createdAt" < p_to
    UNION ALL
    SELECT (e."createdAt" AT TIME ZONE tz)::date, COALESCE(e.channel, 'APP'), e."shopId",
           0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM "CodeEvent" e
    WHERE e.type = 'ISSUED' AND e."createdAt" >= p_from AND e."createdAt" < p_to
    UNION ALL
    SELECT (x."createdAt" AT TIME ZONE tz)::date, x.channel, x."shopId",
           0, 0, 0, 0, 0, 1, x."amountOff", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM "Redemption" x
    WHERE x.status = 'COMPLETED' AND x."createdAt" >= p_from AND x."createdAt" < p_to
    UNION ALL
    -- Purchases count on the day they happened (a till may send them late).
    SELECT (p."occurredAt" AT TIME ZONE tz)::date, p.channel, p."shopId",
           0, 0, 0, 0, 0, 0, 0, 1, p.amount,
           CASE WHEN p."customerId" IS NULL THEN 0 ELSE 1 END,
           CASE WHEN p."customerId" IS NULL THEN 0 ELSE p.amount END, 0, 0, 0, 0, 0, 0, 0
    FROM "Purchase" p WHERE p."occurredAt" >= p_from AND p."occurredAt" < p_to
    UNION ALL
    SELECT (g."playedAt" AT TIME ZONE tz)::date, 'APP', NULL,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, CASE WHEN g."prizeId" IS NULL THEN 0 ELSE 1 END,
           0, 0, 0, 0, 0
    FROM "GamePlay" g
    WHERE g."voidedAt" IS NULL AND g."playedAt" >= p_from AND g."playedAt" < p_to
    UNION ALL
    SELECT (ce."createdAt" AT TIME ZONE tz)::date, 'SOCIAL', NULL,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
    FROM "ContestEntry" ce WHERE ce."createdAt" >= p_from AND ce."createdAt" < p_to
    UNION ALL
    -- Messages count on the day they were queued, with what became of them since.
    SELECT (msg."createdAt" AT TIME ZONE tz)::date, msg.channel::text::"Channel", NULL,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           CASE WHEN msg.status = 'SENT' THEN 1 ELSE 0 END,
           CASE WHEN msg."openedAt" IS NULL THEN 0 ELSE 1 END,
           CASE WHEN msg."clickedAt" IS NULL THEN 0 ELSE 1 END,
           CASE WHEN msg.status = 'FAILED' OR msg."undeliveredAt" IS NOT NULL THEN 1 ELSE 0 END
    FROM "Message" msg WHERE msg."createdAt" >= p_from AND msg."createdAt" < p_to
  )
  SELECT f.day, f.channel, f.shop,
         sum(new_members)::int, sum(issued)::int, sum(redeemed)::int, sum(net)::int,
         sum(codes_issued)::int, sum(codes_redeemed)::int, sum(discount)::bigint,
         sum(purchases)::int, sum(amount)::bigint, sum(member_purchases)::int, sum(member_amount)::bigint,
         sum(plays)::int, sum(won)::int, sum(entries)::int,
         sum(sent)::int, sum(opened)::int, sum(clicked)::int, sum(failed)::int
  FROM facts f
  GROUP BY f.day, f.channel, f.shop
$$;

-- Members who earned or spent points in the 30 days before `p_end`: a count of distinct customers
-- over a month of movements (seconds at a million members), so a closed day keeps its own.
CREATE FUNCTION active_members(p_end timestamptz) RETURNS int
LANGUAGE sql STABLE SET jit = off AS $$
  SELECT count(DISTINCT m."customerId")::int FROM "Movement" m
  WHERE m."createdAt" >= p_end - interval '30 days' AND m."createdAt" < p_end
    AND m.type IN ('EARN', 'REDEEM')
$$;

-- Members who bought in one of `shops` in the 30 days before `p_end`: a shop's active members.
CREATE FUNCTION active_buyers(p_end timestamptz, shops uuid[]) RETURNS int
LANGUAGE sql STABLE SET jit = off AS $$
  SELECT count(DISTINCT p."customerId")::int FROM "Purchase" p
  WHERE p."occurredAt" >= p_end - interval '30 days' AND p."occurredAt" < p_end
    AND p."shopId" = ANY(shops)
$$;

-- Rolls one closed day up again: its rows replaced and the day marked. Two workers rolling the
-- same day at once take turns (the lock), so a day never has its rows twice. Its active members
-- are counted the first time only: movements are recorded when they happen, never later.
CREATE FUNCTION roll_up_day(p_day date, tz text) RETURNS int
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  rows_written int;
  known_active int;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('roll_up_day'), hashtext(p_day::text));
  DELETE FROM "DailyActivity" WHERE day = p_day;
  INSERT INTO "DailyActivity" (day, channel, "shopId", "newMembers", "pointsIssued",
    "pointsRedeemed", "pointsNet", "codesIssued", "codesRedeemed", "discountGiven", purchases,
    "purchaseAmount", "memberPurchases", "memberPurchaseAmount", plays, "playsWon",
    "contestEntries", "messagesSent", "messagesOpened", "messagesClicked", "messagesFailed")
  SELECT * FROM activity_by_day(p_day::timestamp AT TIME ZONE tz,
                                (p_day + 1)::timestamp AT TIME ZONE tz, tz) a
  WHERE a.day = p_day;
  GET DIAGNOSTICS rows_written = ROW_COUNT;
  SELECT r."activeMembers" INTO known_active FROM "RolledUpDay" r WHERE r.day = p_day;
  INSERT INTO "RolledUpDay" (day, "activeMembers")
  VALUES (p_day, COALESCE(known_active, active_members((p_day + 1)::timestamp AT TIME ZONE tz)))
  ON CONFLICT (day) DO UPDATE
    SET "rolledAt" = CURRENT_TIMESTAMP, "activeMembers" = EXCLUDED."activeMembers";
  RETURN rows_written;
END
$$;
