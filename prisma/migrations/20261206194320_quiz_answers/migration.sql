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
-- points, held by the game's budgets as a play's are.
CREATE FUNCTION answer_quiz(p jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  play uuid := (p->>'playId')::uuid;
  customer uuid := (p->>'customerId')::uuid;
  q int := (p->>'question')::int;
  pts int := COALESCE((p->>'points')::int, 0);
  current record;
  game record;
  day_given int;
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

  IF pts > 0 THEN
    SELECT g."pointsGiven", g."pointsBudgetTotal", g."pointsBudgetPerDay"
    INTO game FROM "Game" g WHERE g.id = current."gameId" FOR NO KEY UPDATE;
    INSERT INTO "GameDay" ("gameId", day) VALUES (current."gameId", current.day) ON CONFLICT DO NOTHING;
    SELECT d."pointsGiven" INTO day_given FROM "GameDay" d
    WHERE d."gameId" = current."gameId" AND d.day = current.day FOR UPDATE;
    IF game."pointsGiven" + pts > COALESCE(game."pointsBudgetTotal", game."pointsGiven" + pts)
       OR day_given + pts > COALESCE(game."pointsBudgetPerDay", day_given + pts) THEN
      RETURN '{"stale": true}'::jsonb;
    END IF;
    UPDATE "Game" g SET "pointsGiven" = g."pointsGiven" + pts WHERE g.id = current."gameId";
    UPDATE "GameDay" d SET "pointsGiven" = d."pointsGiven" + pts
    WHERE d."gameId" = current."gameId" AND d.day = current.day;
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
  RETURN jsonb_build_object('answered', true, 'balance', balance);
END
$$;
