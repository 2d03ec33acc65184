import type { Tx } from '@fidele/db';
import { recordMovement } from '../ledger/index.ts';
import { givePrize } from './contest-draw-admin.ts';
import { CONTEST_ENTRY_SOURCE } from './contest-entries.ts';
import { queueWinnerMessages } from './winner-messages.ts';

/**
 * A new member takes the imported entries made with her email: they become hers (numbered in
 * each contest), an approved one earns its entry points now, and a prize she won before joining
 * is given, and she is told of it. One statement when there are none, as for nearly every member.
 */
export const linkContestEntries = async (
  tx: Tx,
  member: { customerId: string; email: string },
  now = new Date(),
) => {
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
      SELECT e.id, row_number() OVER (PARTITION BY e."contestId" ORDER BY e."createdAt", e.id) AS number
      FROM "ContestEntry" e
      WHERE e."customerId" IS NULL AND e.email = ${member.email}
    ), taken AS (
      UPDATE "ContestEntry" e SET "customerId" = ${member.customerId}::uuid, number = hers.number
      FROM hers WHERE e.id = hers.id
      RETURNING e.id, e.status::text AS status, e."contestId"
    ), won AS (
      UPDATE "ContestWinner" w SET "customerId" = ${member.customerId}::uuid
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
        customerId: member.customerId,
        type: 'EARN',
        channel: 'SOCIAL',
        points: entry.entryPoints,
        source: { type: CONTEST_ENTRY_SOURCE, id: entry.id },
      });
    if (entry.winnerId) {
      await givePrize(tx, entry, { id: entry.winnerId, customerId: member.customerId }, now);
      won.push(entry.winnerId);
    }
  }
  await queueWinnerMessages(tx, won);
  return linked.length;
};
