import { type Db, Prisma, queryRows } from '@fidele/db';
import { PROGRAMME_TIME_ZONE } from '../earning/index.ts';
import { AppError } from '../errors.ts';
import { callWriteFunction } from '../idempotency/index.ts';
import { decideOnCustomer, STALE } from '../ledger/index.ts';
import { toDiscountView } from '../rewards/index.ts';
import { segmentRuleOf, segmentsOfCustomerAmong } from '../segments/index.ts';
import { nextDayStart, programmeDay } from '../calendar/programme-days.ts';
import { decidePlay, type PlayInput, type PlayResult } from './play-decision.ts';
import { type PlayRead, readPlay } from './play-read.ts';
import { getQuizQuestion } from './quiz-play.ts';

type PlayOutcome = { played: true; balance: number } | { replay: true } | { stale: true };

/**
 * Plays a game for a customer, free: the server draws the outcome (or counts the streak's day) and
 * records it with its prize in one round trip. One read (`readPlay`), the play decided here
 * (`decidePlay`), then `play_game` writes it if what it was decided on still holds under the
 * customer's lock (else it is decided again: `decideOnCustomer`), so the daily limit, the budgets
 * and the stock hold under concurrent plays. A play id sent again answers the play it made.
 */
export const playGame = async (
  db: Db,
  input: Omit<PlayInput, 'now' | 'day' | 'timeZone'> & { now?: Date },
): Promise<PlayResult> => {
  const decided = await decideOnCustomer(db, input.customerId, async (on) => {
    const now = input.now ?? new Date();
    const full = {
      ...input,
      now,
      day: programmeDay(now, PROGRAMME_TIME_ZONE),
      timeZone: PROGRAMME_TIME_ZONE,
    };
    const read = await readPlay(on, full);
    if (read.existing) return { replay: true as const };
    const play = decidePlay(read, await segmentsOf(on, read, now), full);
    const outcome = await callWriteFunction<PlayOutcome>(on, 'play_game', play.call, undefined);
    if ('stale' in outcome) return STALE;
    if ('replay' in outcome) return { replay: true as const };
    return { result: play.result };
  });
  return decided.result ?? getPlay(db, input.customerId, input.playId, input.gameId);
};

const segmentsOf = (
  db: Parameters<typeof segmentsOfCustomerAmong>[0],
  read: PlayRead,
  now: Date,
) =>
  read.customerId && read.segments.length > 0
    ? segmentsOfCustomerAmong(
        db,
        read.customerId,
        read.segments.map(({ id, rule }) => ({ id, rule: segmentRuleOf(rule) })),
        now,
      )
    : Promise.resolve(new Set<string>());

type StoredPlay = Omit<PlayResult, 'code' | 'quiz' | 'playsLeft' | 'nextPlayAt'> & {
  code:
    | (Parameters<typeof toDiscountView>[0] & {
        id: string;
        code: string;
        validFrom: Date;
        validUntil: Date;
      })
    | null;
  playsPerDay: number;
  playsToday: number;
};

/**
 * One of the customer's plays as its answer said (a replayed play id gets this), with their
 * balance and plays left as they are now. Another customer's play is not found.
 */
export const getPlay = async (
  db: Db,
  customerId: string,
  playId: string,
  gameId?: string,
  now: Date = new Date(),
): Promise<PlayResult> => {
  const day = programmeDay(now, PROGRAMME_TIME_ZONE);
  const [play] = await queryRows<StoredPlay>(
    db,
    Prisma.sql`
    SELECT gp.id AS "playId", gp."gameId", gp.number, gp.via, gp."tableRow" AS row, gp.points,
           gp."streakDay",
           (SELECT jsonb_build_object('id', x->>'id', 'kind', x->>'kind', 'labelEn', x->>'labelEn',
                                      'labelFr', x->>'labelFr', 'points', (x->>'points')::int)
            FROM "GamePrizeTable" t, jsonb_array_elements(t.prizes) x
            WHERE t."gameId" = gp."gameId" AND t.version = gp."tableVersion" AND x->>'id' = gp."prizeId") AS prize,
           (SELECT jsonb_build_object('id', dc.id, 'code', dc.code, 'validFrom', dc."validFrom",
                     'validUntil', dc."validUntil", 'discountType', dc."discountType",
                     'discountValue', dc."discountValue", 'discountCap', dc."discountCap",
                     'currency', dc.currency, 'minBasket', dc."minBasket", 'channels', dc.channels)
            FROM "DiscountCode" dc WHERE dc.id = gp."codeId") AS code,
           a.balance AS "pointsBalance", g."playsPerDay",
           (SELECT count(*)::int FROM "GamePlay" t
            WHERE t."gameId" = gp."gameId" AND t."customerId" = gp."customerId" AND t.day = ${day}::date) AS "playsToday"
    FROM "GamePlay" gp
    JOIN "Game" g ON g.id = gp."gameId"
    JOIN "Account" a ON a."customerId" = gp."customerId"
    WHERE gp.id = ${playId}::uuid AND gp."customerId" = ${customerId}::uuid`,
  );
  if (!play) throw new AppError('game_play_not_found');
  if (gameId && play.gameId !== gameId)
    throw new AppError('idempotency_key_reused', 'This play id was used for another game.');
  const { code, playsPerDay, playsToday, ...rest } = play;
  const playsLeft = Math.max(0, playsPerDay - playsToday);
  return {
    ...rest,
    code: code && {
      id: code.id,
      code: code.code,
      validFrom: new Date(code.validFrom),
      validUntil: new Date(code.validUntil),
      discount: toDiscountView(code),
    },
    quiz: play.via === 'quiz' ? await getQuizQuestion(db, customerId, playId) : null,
    playsLeft,
    nextPlayAt: playsLeft > 0 ? null : nextDayStart(now, PROGRAMME_TIME_ZONE),
  };
};
