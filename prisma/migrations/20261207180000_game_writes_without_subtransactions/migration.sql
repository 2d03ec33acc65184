-- play_game and answer_quiz without a subtransaction. A game's counters are still taken last, but
-- a play that finds them spent since its read now fails its whole statement (SQLSTATE FG001,
-- answered as stale by the caller) instead of undoing its writes in an exception block. Under
-- 200 players at once, the block's subtransactions (each a key-share locker and then the updater
-- of the game's row) made PostgreSQL fail with "new multixact has more than one updating member".

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
    IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001', MESSAGE = 'stale'; END IF;
    IF pts > 0 THEN
      INSERT INTO "GameDay" AS d ("gameId", day, "pointsGiven")
      SELECT game_id, play_day, pts WHERE pts <= COALESCE(daily_budget, pts)
      ON CONFLICT ("gameId", day) DO UPDATE SET "pointsGiven" = d."pointsGiven" + pts
        WHERE d."pointsGiven" + pts <= COALESCE(daily_budget, d."pointsGiven" + pts);
      IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001', MESSAGE = 'stale'; END IF;
    END IF;
  END IF;
  IF jsonb_typeof(moment) = 'object' THEN
    UPDATE "GamePeriod" gp SET "momentsClaimed" =
      jsonb_set(gp."momentsClaimed", ARRAY[moment->>'prizeId'], to_jsonb((moment->>'claimed')::int + 1))
    WHERE gp.id = period_id
      AND COALESCE((gp."momentsClaimed"->>(moment->>'prizeId'))::int, 0) = (moment->>'claimed')::int;
    IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001', MESSAGE = 'stale'; END IF;
  END IF;
  RETURN jsonb_build_object('played', true, 'balance', balance);
END
$$;

CREATE OR REPLACE FUNCTION answer_quiz(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  play uuid := (p->>'playId')::uuid;
  customer uuid := (p->>'customerId')::uuid;
  q int := (p->>'question')::int;
  pts int := COALESCE((p->>'points')::int, 0);
  current record;
  daily_budget int;
  balance int;
BEGIN
  PERFORM 1 FROM "Account" a WHERE a."customerId" = customer FOR UPDATE;
  SELECT gp."gameId", gp.day, gp."quizEndedAt",
         (SELECT count(*) FROM "GameQuizAnswer" qa WHERE qa."playId" = gp.id) AS answered
  INTO current FROM "GamePlay" gp
  WHERE gp.id = play AND gp."customerId" = customer FOR NO KEY UPDATE;
  IF NOT FOUND OR current."quizEndedAt" IS NOT NULL OR current.answered <> q THEN
    RETURN '{"stale": true}'::jsonb;
  END IF;
  IF p ? 'version' AND (SELECT a.xmin::text FROM "Account" a WHERE a."customerId" = customer)
                        IS DISTINCT FROM p->>'version' THEN
    RETURN '{"stale": true}'::jsonb;
  END IF;

  INSERT INTO "GameQuizAnswer" ("playId", question, answer, "shownAt", "receivedAt", mark)
  VALUES (play, q, (p->>'answer')::int, (p->>'shownAt')::timestamptz,
          (p->>'receivedAt')::timestamptz, p->>'mark');
  IF (p->>'ends')::boolean THEN
    UPDATE "GamePlay" gp SET "quizEndedAt" = (p->>'receivedAt')::timestamptz, points = pts,
                             "movementId" = (p->'movement'->>'id')::uuid
    WHERE gp.id = play;
  END IF;
  IF jsonb_typeof(p->'movement') = 'object' THEN
    balance := write_movement_of(customer, 'EARN', 'APP', p->'movement');
  ELSE
    SELECT a.balance INTO balance FROM "Account" a WHERE a."customerId" = customer;
  END IF;

  IF pts > 0 THEN
    UPDATE "Game" g SET "pointsGiven" = g."pointsGiven" + pts
    WHERE g.id = current."gameId"
      AND g."pointsGiven" + pts <= COALESCE(g."pointsBudgetTotal", g."pointsGiven" + pts)
    RETURNING g."pointsBudgetPerDay" INTO daily_budget;
    IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001', MESSAGE = 'stale'; END IF;
    INSERT INTO "GameDay" AS d ("gameId", day, "pointsGiven")
    SELECT current."gameId", current.day, pts WHERE pts <= COALESCE(daily_budget, pts)
    ON CONFLICT ("gameId", day) DO UPDATE SET "pointsGiven" = d."pointsGiven" + pts
      WHERE d."pointsGiven" + pts <= COALESCE(daily_budget, d."pointsGiven" + pts);
    IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001', MESSAGE = 'stale'; END IF;
  END IF;
  RETURN jsonb_build_object('answered', true, 'balance', balance);
END
$$;
