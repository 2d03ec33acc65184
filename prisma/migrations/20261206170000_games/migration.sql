-- CreateEnum
CREATE TYPE "GameType" AS ENUM ('SPIN_WHEEL', 'SCRATCH_CARD', 'DAILY_STREAK', 'QUIZ');

-- CreateTable
CREATE TABLE "Game" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" "GameType" NOT NULL,
    "titleEn" VARCHAR(120) NOT NULL,
    "titleFr" VARCHAR(120) NOT NULL,
    "textEn" VARCHAR(2000) NOT NULL,
    "textFr" VARCHAR(2000) NOT NULL,
    "rulesEn" TEXT NOT NULL,
    "rulesFr" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "verifiedOnly" BOOLEAN NOT NULL DEFAULT false,
    "playsPerDay" INTEGER NOT NULL DEFAULT 1,
    "newMemberDelayHours" INTEGER NOT NULL DEFAULT 0,
    "pointsBudgetPerDay" INTEGER,
    "pointsBudgetTotal" INTEGER,
    "pointsGiven" INTEGER NOT NULL DEFAULT 0,
    "prizesGiven" JSONB NOT NULL DEFAULT '{}',
    "tableVersion" INTEGER NOT NULL DEFAULT 0,
    "periodDays" INTEGER NOT NULL DEFAULT 7,
    "streak" JSONB,
    "quiz" JSONB,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Game_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GameTier" (
    "gameId" UUID NOT NULL,
    "tierId" UUID NOT NULL,

    CONSTRAINT "GameTier_pkey" PRIMARY KEY ("gameId","tierId")
);

-- CreateTable
CREATE TABLE "GameSegment" (
    "gameId" UUID NOT NULL,
    "segmentId" UUID NOT NULL,

    CONSTRAINT "GameSegment_pkey" PRIMARY KEY ("gameId","segmentId")
);

-- CreateTable
CREATE TABLE "GamePrizeTable" (
    "gameId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "prizes" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GamePrizeTable_pkey" PRIMARY KEY ("gameId","version")
);

-- CreateTable
CREATE TABLE "GamePeriod" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "gameId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "seed" CHAR(64) NOT NULL,
    "seedHash" CHAR(64) NOT NULL,
    "momentsClaimed" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "GamePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GameDay" (
    "gameId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "pointsGiven" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GameDay_pkey" PRIMARY KEY ("gameId","day")
);

-- CreateTable
CREATE TABLE "GamePlay" (
    "id" UUID NOT NULL,
    "gameId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "periodId" UUID,
    "number" INTEGER,
    "day" DATE NOT NULL,
    "playedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tableVersion" INTEGER,
    "drawState" JSONB,
    "uniform" DOUBLE PRECISION,
    "via" VARCHAR(16) NOT NULL,
    "tableRow" INTEGER,
    "prizeId" VARCHAR(64),
    "points" INTEGER NOT NULL DEFAULT 0,
    "streakDay" INTEGER,
    "codeId" UUID,
    "movementId" UUID,
    "ip" VARCHAR(64),
    "device" VARCHAR(128),
    "voidedAt" TIMESTAMPTZ(3),
    "voidReason" VARCHAR(500),

    CONSTRAINT "GamePlay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Game_startsAt_endsAt_idx" ON "Game"("startsAt", "endsAt");

-- CreateIndex
CREATE INDEX "GameTier_tierId_idx" ON "GameTier"("tierId");

-- CreateIndex
CREATE INDEX "GameSegment_segmentId_idx" ON "GameSegment"("segmentId");

-- CreateIndex
CREATE UNIQUE INDEX "GamePeriod_gameId_startsAt_key" ON "GamePeriod"("gameId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "GamePlay_codeId_key" ON "GamePlay"("codeId");

-- CreateIndex
CREATE INDEX "GamePlay_gameId_customerId_day_idx" ON "GamePlay"("gameId", "customerId", "day");

-- CreateIndex
CREATE INDEX "GamePlay_gameId_playedAt_idx" ON "GamePlay"("gameId", "playedAt");

-- CreateIndex
CREATE UNIQUE INDEX "GamePlay_periodId_customerId_number_key" ON "GamePlay"("periodId", "customerId", "number");

-- AddForeignKey
ALTER TABLE "GameTier" ADD CONSTRAINT "GameTier_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameTier" ADD CONSTRAINT "GameTier_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "Tier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameSegment" ADD CONSTRAINT "GameSegment_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameSegment" ADD CONSTRAINT "GameSegment_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamePrizeTable" ADD CONSTRAINT "GamePrizeTable_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamePeriod" ADD CONSTRAINT "GamePeriod_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameDay" ADD CONSTRAINT "GameDay_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamePlay" ADD CONSTRAINT "GamePlay_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamePlay" ADD CONSTRAINT "GamePlay_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamePlay" ADD CONSTRAINT "GamePlay_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "GamePeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamePlay" ADD CONSTRAINT "GamePlay_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "DiscountCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Definitions the form already refuses, kept by the database too.
ALTER TABLE "Game" ADD CONSTRAINT "Game_dates_check" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Game_counts_check" CHECK ("playsPerDay" >= 1 AND "newMemberDelayHours" >= 0
    AND "periodDays" BETWEEN 1 AND 366 AND "pointsGiven" >= 0
    AND COALESCE("pointsBudgetPerDay", 0) >= 0 AND COALESCE("pointsBudgetTotal", 0) >= 0);
ALTER TABLE "GamePeriod" ADD CONSTRAINT "GamePeriod_dates_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "GameDay" ADD CONSTRAINT "GameDay_points_check" CHECK ("pointsGiven" >= 0);
ALTER TABLE "GamePlay" ADD CONSTRAINT "GamePlay_points_check" CHECK (points >= 0),
  ADD CONSTRAINT "GamePlay_number_check" CHECK ((number IS NULL) = ("periodId" IS NULL) AND COALESCE(number, 1) >= 1);

-- One play of a game, as one round trip (see `redeem_in_one_round_trip` for the pattern). The
-- caller read the game, the period, the prize table, the customer's plays and balances, decided
-- the play in TypeScript (the draw from the period's seed, or the streak's day) and planned its
-- movement; this function, under the customer's points account lock:
--   - answers {"replay": true} if a play with this id exists (a double tap, a retry);
--   - answers {"stale": true} if what the play was decided on moved: the customer's plays today or
--     in the period (the daily limit and the play number), their account (a planned movement), the
--     prize table's version, the stock of the prize or the budgets it pays from, the winning
--     moment it takes. Those are checked on locked rows before anything is written, so a stale
--     play writes nothing; the caller decides again on a new read, and the same seed and play
--     number then draw against what is left;
--   - otherwise takes the budgets and the stock with conditional updates, records the play, issues
--     a reward's code with its ISSUED event, credits the points (channel APP, source GAME) and
--     answers {"played": true, "balance": <spendable after>}.
--
-- `p`: playId, gameId, customerId, day, playedAt, playsToday (expected); period: id, number
-- (expected number - 1 plays in it) or null; tableVersion (a drawn play); prizeId, stocked
-- (whether the prize counts against the game's prizes given: any prize won); stock (the prize's,
-- null: unlimited); points; moment: prizeId, claimed (expected) or null; version (the account's,
-- when a movement is planned); movement (write_movement_of's) or null; code (a reward's, as
-- claim_reward's) or null; via, tableRow, uniform, drawState, streakDay, ip, device.
CREATE FUNCTION play_game(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  play uuid := (p->>'playId')::uuid;
  game_id uuid := (p->>'gameId')::uuid;
  customer uuid := (p->>'customerId')::uuid;
  play_day date := (p->>'day')::date;
  period_id uuid := (p->'period'->>'id')::uuid;
  prize text := p->>'prizeId';
  pts int := COALESCE((p->>'points')::int, 0);
  stock int := (p->>'stock')::int;
  issued jsonb := p->'code';
  moment jsonb := p->'moment';
  takes_game boolean := prize IS NOT NULL OR pts > 0;
  counted record;
  game record;
  day_given int;
  moments_won int;
  balance int;
BEGIN
  IF EXISTS (SELECT 1 FROM "GamePlay" gp WHERE gp.id = play) THEN RETURN '{"replay": true}'::jsonb; END IF;
  PERFORM 1 FROM "Account" a WHERE a."customerId" = customer FOR UPDATE;
  -- A concurrent request with the same play id may have committed while this one waited.
  IF EXISTS (SELECT 1 FROM "GamePlay" gp WHERE gp.id = play) THEN RETURN '{"replay": true}'::jsonb; END IF;

  SELECT count(*) FILTER (WHERE gp.day = play_day) AS today,
         count(*) FILTER (WHERE gp."periodId" = period_id) AS in_period
  INTO counted FROM "GamePlay" gp WHERE gp."gameId" = game_id AND gp."customerId" = customer;
  IF counted.today <> (p->>'playsToday')::int
     OR (period_id IS NOT NULL AND counted.in_period <> (p->'period'->>'number')::int - 1) THEN
    RETURN '{"stale": true}'::jsonb;
  END IF;
  IF p ? 'version' AND (SELECT a.xmin::text FROM "Account" a WHERE a."customerId" = customer)
                        IS DISTINCT FROM p->>'version' THEN
    RETURN '{"stale": true}'::jsonb;
  END IF;

  IF takes_game THEN
    SELECT g."tableVersion", g."pointsGiven", g."pointsBudgetTotal", g."pointsBudgetPerDay",
           COALESCE((g."prizesGiven"->>prize)::int, 0) AS prize_given
    INTO game FROM "Game" g WHERE g.id = game_id FOR NO KEY UPDATE;
    IF (p ? 'tableVersion' AND game."tableVersion" <> (p->>'tableVersion')::int)
       OR game."pointsGiven" + pts > COALESCE(game."pointsBudgetTotal", game."pointsGiven" + pts)
       OR (stock IS NOT NULL AND game.prize_given >= stock) THEN
      RETURN '{"stale": true}'::jsonb;
    END IF;
    IF pts > 0 THEN
      INSERT INTO "GameDay" ("gameId", day) VALUES (game_id, play_day) ON CONFLICT DO NOTHING;
      SELECT d."pointsGiven" INTO day_given FROM "GameDay" d
      WHERE d."gameId" = game_id AND d.day = play_day FOR UPDATE;
      IF day_given + pts > COALESCE(game."pointsBudgetPerDay", day_given + pts) THEN
        RETURN '{"stale": true}'::jsonb;
      END IF;
    END IF;
  END IF;
  IF jsonb_typeof(moment) = 'object' THEN
    SELECT COALESCE((gp."momentsClaimed"->>(moment->>'prizeId'))::int, 0) INTO moments_won
    FROM "GamePeriod" gp WHERE gp.id = period_id FOR NO KEY UPDATE;
    IF moments_won <> (moment->>'claimed')::int THEN RETURN '{"stale": true}'::jsonb; END IF;
  END IF;

  -- Checked above under the locks; the conditions stay on the writes so no path can overspend.
  IF takes_game THEN
    UPDATE "Game" g SET "pointsGiven" = g."pointsGiven" + pts,
      "prizesGiven" = CASE WHEN prize IS NULL THEN g."prizesGiven"
                           ELSE jsonb_set(g."prizesGiven", ARRAY[prize], to_jsonb(game.prize_given + 1)) END
    WHERE g.id = game_id
      AND g."pointsGiven" + pts <= COALESCE(g."pointsBudgetTotal", g."pointsGiven" + pts)
      AND (stock IS NULL OR COALESCE((g."prizesGiven"->>prize)::int, 0) < stock);
    IF NOT FOUND THEN RAISE EXCEPTION 'game % has no budget or stock left for this play', game_id; END IF;
    IF pts > 0 THEN
      UPDATE "GameDay" d SET "pointsGiven" = d."pointsGiven" + pts
      WHERE d."gameId" = game_id AND d.day = play_day
        AND d."pointsGiven" + pts <= COALESCE(game."pointsBudgetPerDay", d."pointsGiven" + pts);
      IF NOT FOUND THEN RAISE EXCEPTION 'game % has no daily budget left for this play', game_id; END IF;
    END IF;
  END IF;
  IF jsonb_typeof(moment) = 'object' THEN
    UPDATE "GamePeriod" gp SET "momentsClaimed" =
      jsonb_set(gp."momentsClaimed", ARRAY[moment->>'prizeId'], to_jsonb(moments_won + 1))
    WHERE gp.id = period_id;
  END IF;

  IF jsonb_typeof(issued) = 'object' THEN
    INSERT INTO "DiscountCode" (id, code, "customerId", "rewardId", "pointsCost", "discountType",
                                "discountValue", "discountCap", currency, "minBasket", channels,
                                "validFrom", "validUntil")
    VALUES ((issued->>'id')::uuid, issued->>'code', customer, (issued->>'rewardId')::uuid, 0,
            (issued->>'discountType')::"DiscountType", (issued->>'discountValue')::int,
            (issued->>'discountCap')::int, issued->>'currency', (issued->>'minBasket')::int,
            (issued->>'channels')::"RewardChannels", (issued->>'validFrom')::timestamptz,
            (issued->>'validUntil')::timestamptz);
    INSERT INTO "CodeEvent" ("codeId", type, channel, "actorType", "actorId")
    VALUES ((issued->>'id')::uuid, 'ISSUED', 'APP', 'CUSTOMER', customer::text);
  END IF;
  INSERT INTO "GamePlay" (id, "gameId", "customerId", "periodId", number, day, "playedAt",
                          "tableVersion", "drawState", uniform, via, "tableRow", "prizeId", points, "streakDay",
                          "codeId", "movementId", ip, device)
  VALUES (play, game_id, customer, period_id, (p->'period'->>'number')::int, play_day,
          (p->>'playedAt')::timestamptz, (p->>'tableVersion')::int, p->'drawState',
          (p->>'uniform')::float8, p->>'via', (p->>'tableRow')::int, prize, pts, (p->>'streakDay')::int,
          (issued->>'id')::uuid, (p->'movement'->>'id')::uuid, p->>'ip', p->>'device');
  IF jsonb_typeof(p->'movement') = 'object' THEN
    balance := write_movement_of(customer, 'EARN', 'APP', p->'movement');
  ELSE
    SELECT a.balance INTO balance FROM "Account" a WHERE a."customerId" = customer;
  END IF;
  RETURN jsonb_build_object('played', true, 'balance', balance);
END
$$;
