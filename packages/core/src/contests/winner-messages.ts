import { Prisma, type Tx } from '@fidele/db';
import { getAutomation, queueAutomation } from '../messages/automations.ts';

/**
 * Tells winners of a contest that they won, by email and SMS, in the transaction that gave their
 * prizes (after it: a reward's code goes in the message), one statement for all of them.
 *
 * A win is about her prize: transactional, like an event's WAITLIST_PLACE or INVITATION_REMINDER,
 * so it goes out at once, outside the caps and the sending hours. Unlike those, it is queued only
 * on the channels she consented to (email, or SMS with a phone); elsewhere it is kept as skipped,
 * with why. The winner's id is the reference: a retry never tells her twice.
 */
export const queueWinnerMessages = async (tx: Tx, winnerIds: string[]) => {
  // Most sign-ups link no winner: no round trip for them.
  if (!winnerIds.length) return 0;
  return queueAutomation(
    tx,
    await getAutomation(tx, 'CONTEST_WON'),
    Prisma.sql`
    SELECT w."customerId", w.id::text AS reference,
           jsonb_build_object(
             'contestSlug', c.slug, 'nameEn', c."titleEn", 'nameFr', c."titleFr",
             'points', c."prizePoints",
             'reward', CASE WHEN dc.id IS NOT NULL THEN jsonb_build_object(
               'nameEn', r."nameEn", 'nameFr', r."nameFr", 'code', dc.code,
               'validUntil', dc."validUntil") END) AS data
    FROM "ContestWinner" w
    JOIN "Contest" c ON c.id = w."contestId"
    LEFT JOIN "DiscountCode" dc ON dc.id = w."codeId"
    LEFT JOIN "Reward" r ON r.id = dc."rewardId"
    WHERE w.id = ANY(${winnerIds}::uuid[])`,
  );
};
