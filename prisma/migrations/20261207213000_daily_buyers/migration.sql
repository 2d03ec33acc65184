-- Who bought, per day, shop and channel, as bitmaps of buyer numbers. Distinct buyers over a range
-- of days and a set of shops do not add up from daily counts; the bit count of the days' bitmaps
-- ORed together is exact, and reads a few hundred kilobytes instead of a month of purchases. The
-- worker's rollup keeps them beside "DailyActivity"; days not rolled up yet are computed live with
-- the same function. They answer a shop's active buyers and how members move between channels.

-- A member's bit in the bitmaps, given by the rollup the first time it sees them buy: dense, so
-- a bitmap of a million buyers is 125 kB.
CREATE TABLE "BuyerNumber" (
    "customerId" UUID NOT NULL,
    "number" SERIAL NOT NULL,

    CONSTRAINT "BuyerNumber_pkey" PRIMARY KEY ("customerId")
);

CREATE UNIQUE INDEX "BuyerNumber_number_key" ON "BuyerNumber"("number");

CREATE TABLE "DailyBuyers" (
    "day" DATE NOT NULL,
    "shopId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "buyers" VARBIT NOT NULL,
    "followed" VARBIT,

    CONSTRAINT "DailyBuyers_pkey" PRIMARY KEY ("day", "shopId", "channel")
);

-- The days rolled up before the bitmaps existed have none: the rollup rolls them up again.
ALTER TABLE "RolledUpDay" ADD COLUMN "buyersRolledUp" BOOLEAN NOT NULL DEFAULT false;

-- The bitmap with the bits of `numbers` set, as long as the highest needs (whole bytes): built a
-- byte at a time, as hexadecimal.
CREATE FUNCTION buyers_bitmap(numbers int[]) RETURNS varbit
LANGUAGE sql IMMUTABLE AS $$
  SELECT ('x' || string_agg(lpad(to_hex(COALESCE(b.bits, 0)), 2, '0'), '' ORDER BY g.i))::varbit
  FROM generate_series(0, (SELECT max(n) / 8 FROM unnest(numbers) n)) g(i)
  LEFT JOIN (SELECT n / 8 AS i, bit_or(128 >> (n % 8)) AS bits FROM unnest(numbers) n GROUP BY 1) b
    USING (i)
$$;

-- `bits` with zeros after it up to `width`: only bitmaps of one length OR together.
CREATE FUNCTION widened(bits varbit, width int) RETURNS varbit
LANGUAGE sql IMMUTABLE AS $$
  SELECT bits || repeat('0', width - length(bits))::varbit
$$;

-- The members who bought on each day of the programme's time zone, per shop and channel, and
-- those of them whose purchase followed, within 30 days, a step on the other side: a shop purchase
-- after an online purchase or points won online (app, contests, referrals), an online purchase
-- after a shop purchase. Members the rollup has not numbered yet get numbers after the last.
CREATE FUNCTION buyers_by_day(p_from timestamptz, p_to timestamptz, tz text)
RETURNS TABLE (day date, "shopId" uuid, channel "Channel", buyers varbit, followed varbit)
LANGUAGE sql STABLE SET jit = off AS $$
  WITH bought AS (
    SELECT (p."occurredAt" AT TIME ZONE tz)::date AS day, p."shopId", p.channel, p."customerId",
           bool_or(CASE p.channel
             WHEN 'STORE' THEN
               EXISTS (SELECT 1 FROM "Purchase" o
                       WHERE o."customerId" = p."customerId" AND o.channel = 'ESHOP'
                         AND o."occurredAt" >= p."occurredAt" - interval '30 days'
                         AND o."occurredAt" < p."occurredAt")
               OR EXISTS (SELECT 1 FROM "Movement" m
                          WHERE m."customerId" = p."customerId" AND m.points > 0
                            AND m.channel IN ('APP', 'SOCIAL', 'REFERRAL')
                            AND m."createdAt" >= p."occurredAt" - interval '30 days'
                            AND m."createdAt" < p."occurredAt")
             WHEN 'ESHOP' THEN
               EXISTS (SELECT 1 FROM "Purchase" s
                       WHERE s."customerId" = p."customerId" AND s.channel = 'STORE'
                         AND s."occurredAt" >= p."occurredAt" - interval '30 days'
                         AND s."occurredAt" < p."occurredAt")
             ELSE false END) AS followed
    FROM "Purchase" p
    WHERE p."customerId" IS NOT NULL AND p."occurredAt" >= p_from AND p."occurredAt" < p_to
    GROUP BY 1, 2, 3, 4
  ),
  unnumbered AS (
    SELECT c."customerId",
           (SELECT COALESCE(max(n.number), 0) FROM "BuyerNumber" n) + row_number() OVER () AS number
    FROM (SELECT DISTINCT b."customerId" FROM bought b
          WHERE NOT EXISTS (SELECT 1 FROM "BuyerNumber" n WHERE n."customerId" = b."customerId")) c
  ),
  numbered AS (
    SELECT b.day, b."shopId", b.channel, b.followed, COALESCE(n.number, u.number)::int AS number
    FROM bought b
    LEFT JOIN "BuyerNumber" n ON n."customerId" = b."customerId"
    LEFT JOIN unnumbered u ON u."customerId" = b."customerId"
  )
  SELECT day, "shopId", channel, buyers_bitmap(array_agg(number)),
         buyers_bitmap(array_agg(number) FILTER (WHERE followed))
  FROM numbered GROUP BY 1, 2, 3
$$;

-- The members who bought over the days `p_from` to `p_to` in `shops` (null: all), per shop and
-- channel, as bitmaps of one length: closed days from the rollup, the others live. As for the
-- dashboard's figures, days before the first day rolled up hold nothing.
CREATE FUNCTION buyers_between(p_from date, p_to date, shops uuid[], tz text)
RETURNS TABLE ("shopId" uuid, channel "Channel", buyers varbit, followed varbit)
LANGUAGE sql STABLE SET jit = off AS $$
  WITH rolled AS (
    SELECT r.day FROM "RolledUpDay" r
    WHERE r."buyersRolledUp" AND r.day >= p_from AND r.day <= p_to
  ),
  live_from AS (
    SELECT min(d)::date AS day
    FROM generate_series(greatest(p_from, (SELECT min(r.day) FROM "RolledUpDay" r)), p_to,
                         interval '1 day') d
    WHERE d::date NOT IN (SELECT day FROM rolled)
  ),
  days AS (
    SELECT d."shopId", d.channel, d.buyers, d.followed FROM "DailyBuyers" d
    WHERE d.day IN (SELECT day FROM rolled) AND (shops IS NULL OR d."shopId" = ANY(shops))
    UNION ALL
    SELECT b."shopId", b.channel, b.buyers, b.followed
    FROM live_from lf CROSS JOIN LATERAL buyers_by_day(lf.day::timestamp AT TIME ZONE tz,
                                                       (p_to + 1)::timestamp AT TIME ZONE tz, tz) b
    WHERE b.day NOT IN (SELECT day FROM rolled) AND (shops IS NULL OR b."shopId" = ANY(shops))
  ),
  width AS (SELECT max(length(d.buyers)) AS bits FROM days d)
  SELECT d."shopId", d.channel, bit_or(widened(d.buyers, w.bits)), bit_or(widened(d.followed, w.bits))
  FROM days d CROSS JOIN width w
  GROUP BY 1, 2
$$;

-- Members who bought in one of `shops` in the 30 days to the end of `p_day`: a shop's active members.
DROP FUNCTION active_buyers(timestamptz, uuid[]);
CREATE FUNCTION active_buyers(p_day date, shops uuid[], tz text) RETURNS int
LANGUAGE sql STABLE SET jit = off AS $$
  SELECT COALESCE(bit_count(bit_or(b.buyers)), 0)::int FROM buyers_between(p_day - 29, p_day, shops, tz) b
$$;

-- As before, and the day's buyers: numbers for its new buyers, then its bitmaps replaced.
CREATE OR REPLACE FUNCTION roll_up_day(p_day date, tz text) RETURNS int
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  day_start timestamptz := p_day::timestamp AT TIME ZONE tz;
  day_end timestamptz := (p_day + 1)::timestamp AT TIME ZONE tz;
  rows_written int;
  known_active int;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('roll_up_day'), hashtext(p_day::text));
  DELETE FROM "DailyActivity" WHERE day = p_day;
  INSERT INTO "DailyActivity" (day, channel, "shopId", "newMembers", "pointsIssued",
    "pointsRedeemed", "pointsNet", "codesIssued", "codesRedeemed", "discountGiven", purchases,
    "purchaseAmount", "memberPurchases", "memberPurchaseAmount", plays, "playsWon",
    "contestEntries", "messagesSent", "messagesOpened", "messagesClicked", "messagesFailed")
  SELECT * FROM activity_by_day(day_start, day_end, tz) a WHERE a.day = p_day;
  GET DIAGNOSTICS rows_written = ROW_COUNT;
  INSERT INTO "BuyerNumber" ("customerId")
  SELECT DISTINCT p."customerId" FROM "Purchase" p
  WHERE p."customerId" IS NOT NULL AND p."occurredAt" >= day_start AND p."occurredAt" < day_end
    AND NOT EXISTS (SELECT 1 FROM "BuyerNumber" n WHERE n."customerId" = p."customerId")
  ON CONFLICT DO NOTHING;
  DELETE FROM "DailyBuyers" WHERE day = p_day;
  INSERT INTO "DailyBuyers" (day, "shopId", channel, buyers, followed)
  SELECT * FROM buyers_by_day(day_start, day_end, tz) b WHERE b.day = p_day;
  SELECT r."activeMembers" INTO known_active FROM "RolledUpDay" r WHERE r.day = p_day;
  INSERT INTO "RolledUpDay" (day, "activeMembers", "buyersRolledUp")
  VALUES (p_day, COALESCE(known_active, active_members(day_end)), true)
  ON CONFLICT (day) DO UPDATE
    SET "rolledAt" = CURRENT_TIMESTAMP, "activeMembers" = EXCLUDED."activeMembers",
        "buyersRolledUp" = true;
  RETURN rows_written;
END
$$;
