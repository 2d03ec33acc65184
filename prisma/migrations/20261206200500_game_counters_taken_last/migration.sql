-- play_game, its game's counters taken last. Every winning play of a game updates the same rows
-- (the game's points given and prizes given, the day's points), and their row locks are held to
-- the commit: taken before the play, the code and the movement were written, they made every
-- winning play wait for the previous one's whole write (bench: play_game averaged 39 ms at 32
-- players at once, the other statements of a play under 1.5 ms). Now the play is written first and
-- the counters are taken by conditional updates at the end, so a play holds them only from there
-- to its commit. A play that finds them spent since its read (a budget, a stock, a winning moment
-- taken by another play; the prize table changed) undoes its writes (the block's subtransaction)
-- and answers {"stale": true}, to be decided again, as before.
CREATE OR REPLACE FUNCTION play_game(p jsonb) RETURNS jsonb
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
  counted record;
  daily_budget int;
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

  BEGIN
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

    IF prize IS NOT NULL OR pts > 0 THEN
      UPDATE "Game" g SET "pointsGiven" = g."pointsGiven" + pts,
        "prizesGiven" = CASE WHEN prize IS NULL THEN g."prizesGiven"
                             ELSE jsonb_set(g."prizesGiven", ARRAY[prize],
                                            to_jsonb(COALESCE((g."prizesGiven"->>prize)::int, 0) + 1)) END
      WHERE g.id = game_id
        AND (NOT p ? 'tableVersion' OR g."tableVersion" = (p->>'tableVersion')::int)
        AND g."pointsGiven" + pts <= COALESCE(g."pointsBudgetTotal", g."pointsGiven" + pts)
        AND (stock IS NULL OR COALESCE((g."prizesGiven"->>prize)::int, 0) < stock)
      RETURNING g."pointsBudgetPerDay" INTO daily_budget;
      IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001'; END IF;
      IF pts > 0 THEN
        INSERT INTO "GameDay" AS d ("gameId", day, "pointsGiven")
        SELECT game_id, play_day, pts WHERE pts <= COALESCE(daily_budget, pts)
        ON CONFLICT ("gameId", day) DO UPDATE SET "pointsGiven" = d."pointsGiven" + pts
          WHERE d."pointsGiven" + pts <= COALESCE(daily_budget, d."pointsGiven" + pts);
        IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001'; END IF;
      END IF;
    END IF;
    IF jsonb_typeof(moment) = 'object' THEN
      UPDATE "GamePeriod" gp SET "momentsClaimed" =
        jsonb_set(gp."momentsClaimed", ARRAY[moment->>'prizeId'], to_jsonb((moment->>'claimed')::int + 1))
      WHERE gp.id = period_id
        AND COALESCE((gp."momentsClaimed"->>(moment->>'prizeId'))::int, 0) = (moment->>'claimed')::int;
      IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001'; END IF;
    END IF;
  EXCEPTION WHEN SQLSTATE 'FG001' THEN
    RETURN '{"stale": true}'::jsonb;
  END;
  RETURN jsonb_build_object('played', true, 'balance', balance);
END
$$;
