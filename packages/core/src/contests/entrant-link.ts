import { Prisma, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { recordMovement } from '../ledger/index.ts';
import { givePrize } from './contest-draw-admin.ts';
import { CONTEST_ENTRY_SOURCE } from './contest-entries.ts';
import { queueWinnerMessages } from './winner-messages.ts';

/**
 * Imported entries become a member's: each takes her next number in its contest, an approved one
 * earns its entry points now, and a prize won before is given, and she is told of it. `which`
 * picks the entries (`e`), among those no member holds yet.
 */
const giveEntries = async (tx: Tx, customerId: string, which: Prisma.Sql, now: Date) => {
  const linked = await tx.$queryRaw<
    {
      id: string;
      status: string;
      entryPoints: number;
      winnerId: string | null;
      prizePoints: number | null;
      prizeRewardId: string | null;
      slug: string;
      titleEn: string;
      titleFr: string;
    }[]
  >`
    WITH hers AS (
      SELECT e.id,
             COALESCE((SELECT max(m.number) FROM "ContestEntry" m
                       WHERE m."contestId" = e."contestId" AND m."customerId" = ${customerId}::uuid), 0)
             + row_number() OVER (PARTITION BY e."contestId" ORDER BY e."createdAt", e.id) AS number
      FROM "ContestEntry" e
      WHERE e."customerId" IS NULL AND ${which}
    ), taken AS (
      UPDATE "ContestEntry" e SET "customerId" = ${customerId}::uuid, number = hers.number,
             "claimedById" = NULL
      FROM hers WHERE e.id = hers.id
      RETURNING e.id, e.status::text AS status, e."contestId"
    ), won AS (
      UPDATE "ContestWinner" w SET "customerId" = ${customerId}::uuid
      FROM taken WHERE w."entryId" = taken.id AND w."disqualifiedAt" IS NULL
      RETURNING w.id, w."entryId"
    )
    SELECT taken.id, taken.status, c."entryPoints", won.id AS "winnerId", c."prizePoints",
           c."prizeRewardId", c.slug, c."titleEn", c."titleFr"
    FROM taken JOIN "Contest" c ON c.id = taken."contestId" LEFT JOIN won ON won."entryId" = taken.id`;
  const won: string[] = [];
  for (const entry of linked) {
    if (entry.status === 'APPROVED' && entry.entryPoints > 0)
      await recordMovement(tx, {
        customerId,
        type: 'EARN',
        channel: 'SOCIAL',
        points: entry.entryPoints,
        source: { type: CONTEST_ENTRY_SOURCE, id: entry.id },
      });
    if (entry.winnerId) {
      await givePrize(tx, entry, { id: entry.winnerId, customerId }, now);
      won.push(entry.winnerId);
    }
  }
  await queueWinnerMessages(tx, won);
  return linked.length;
};

/**
 * A new member takes the imported entries made with her email: her inbox proves they are hers.
 * One statement when there are none, as for nearly every member.
 */
export const linkContestEntries = (
  tx: Tx,
  member: { customerId: string; email: string },
  now = new Date(),
) => giveEntries(tx, member.customerId, Prisma.sql`e.email = ${member.email}`, now);

/**
 * A new member says which handle she posts from: imported entries of that handle without an
 * email are marked as claimed by her, for a moderator to confirm (anyone can type a handle).
 * Entries someone else claimed first stay theirs to decide.
 */
export const claimContestEntries = (tx: Tx, member: { customerId: string; handle: string }) =>
  tx.contestEntry.updateMany({
    where: { handle: member.handle, customerId: null, claimedById: null, email: null },
    data: { claimedById: member.customerId },
  });

export type EntryClaimDecision = {
  contestId: string;
  entryId: string;
  decision: 'CONFIRM' | 'REFUSE';
  staffUserId: string;
};

/**
 * A moderator decides a claim, having checked the account is hers (a message from it, say):
 * confirmed, the entry becomes hers with its points and prize, as an email link would; refused,
 * the entry waits for its entrant again. Audited.
 */
export const decideEntryClaim = async (tx: Tx, input: EntryClaimDecision) => {
  const [entry] = await tx.$queryRaw<{ claimedById: string | null; customerId: string | null }[]>`
    SELECT "claimedById", "customerId" FROM "ContestEntry"
    WHERE id = ${input.entryId}::uuid AND "contestId" = ${input.contestId}::uuid FOR UPDATE`;
  if (!entry) throw new AppError('contest_entry_not_found');
  if (!entry.claimedById || entry.customerId) throw new AppError('contest_entry_not_claimed');
  const customerId = entry.claimedById;
  if (input.decision === 'CONFIRM')
    await giveEntries(tx, customerId, Prisma.sql`e.id = ${input.entryId}::uuid`, new Date());
  else await tx.contestEntry.update({ where: { id: input.entryId }, data: { claimedById: null } });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action:
      input.decision === 'CONFIRM' ? 'contest.entry.claim_confirm' : 'contest.entry.claim_refuse',
    target: { type: 'contest', id: input.contestId },
    data: { entryId: input.entryId, customerId },
  });
  return { decision: input.decision, customerId };
};
