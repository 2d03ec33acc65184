-- AlterTable
ALTER TABLE "GamePlay" ADD COLUMN     "quizEndedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "GameQuizAnswer" (
    "playId" UUID NOT NULL,
    "question" INTEGER NOT NULL,
    "answer" INTEGER,
    "shownAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "mark" VARCHAR(10) NOT NULL,

    CONSTRAINT "GameQuizAnswer_pkey" PRIMARY KEY ("playId","question")
);

-- AddForeignKey
ALTER TABLE "GameQuizAnswer" ADD CONSTRAINT "GameQuizAnswer_playId_fkey" FOREIGN KEY ("playId") REFERENCES "GamePlay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "GameQuizAnswer" ADD CONSTRAINT "GameQuizAnswer_question_check" CHECK (question >= 0 AND COALESCE(answer, 0) >= 0),
  ADD CONSTRAINT "GameQuizAnswer_mark_check" CHECK (mark IN ('right', 'wrong', 'late', 'unanswered')),
  ADD CONSTRAINT "GameQuizAnswer_times_check" CHECK ("receivedAt" >= "shownAt");

-- One answer of a quiz play, in one round trip: under the customer's lock, it is recorded only if
-- the question is still the play's current one and the play's account has not moved since the
-- answer was decided (else `stale`: decided again). The last answer ends the play and pays its
-- points; the game's budgets are taken last, as play_game takes them, and a budget spent since the
-- read undoes the answer (stale).
CREATE FUNCTION answer_quiz(p jsonb) RETURNS jsonb
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

  BEGIN
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
      IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001'; END IF;
      INSERT INTO "GameDay" AS d ("gameId", day, "pointsGiven")
      SELECT current."gameId", current.day, pts WHERE pts <= COALESCE(daily_budget, pts)
      ON CONFLICT ("gameId", day) DO UPDATE SET "pointsGiven" = d."pointsGiven" + pts
        WHERE d."pointsGiven" + pts <= COALESCE(daily_budget, d."pointsGiven" + pts);
      IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'FG001'; END IF;
    END IF;
  EXCEPTION WHEN SQLSTATE 'FG001' THEN
    RETURN '{"stale": true}'::jsonb;
  END;
  RETURN jsonb_build_object('answered', true, 'balance', balance);
END
$$;
