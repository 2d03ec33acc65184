import { createHash, createHmac } from 'node:crypto';
import type { Prisma, Tx } from '@fidele/db';
import { type RecordedAction, recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { newSeed, seedHash } from '../games/seed.ts';
import { recordMovement } from '../ledger/index.ts';
import { cancelCode } from '../rewards/cancel.ts';
import { newRewardCode } from '../rewards/reward-code.ts';
import { contestNotFound } from './contest-admin.ts';
import {
  type DrawPick,
  drawListText,
  drawPerson,
  drawPicks,
  parseDrawList,
} from './contest-draw.ts';
import { queueWinnerMessages } from './winner-messages.ts';

/** The ledger source of a winner's prize points: its id names the `ContestWinner`. */
export const CONTEST_PRIZE_SOURCE = 'CONTEST_PRIZE';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const seedHmac = (seed: string) => async (message: string) =>
  new Uint8Array(createHmac('sha256', seed).update(message, 'utf8').digest());

const audit = (
  tx: Tx,
  action: RecordedAction,
  contestId: string,
  staffUserId: string,
  data: object,
) =>
  recordAudit(tx, {
    actor: { type: 'STAFF', id: staffUserId },
    action,
    target: { type: 'contest', id: contestId },
    data: data as Prisma.InputJsonValue,
  });

/** The contest, locked: a freeze, a draw and a replacement happen one at a time. */
const lockContest = async (tx: Tx, contestId: string) => {
  const [contest] = await tx.$queryRaw<
    {
      id: string;
      startsAt: Date;
      winnerCount: number;
      prizePoints: number | null;
      prizeRewardId: string | null;
      titleEn: string;
      titleFr: string;
      slug: string;
      drawFrozenAt: Date | null;
      drawList: string | null;
      drawSeed: string | null;
      drawnAt: Date | null;
    }[]
  >`
    SELECT id, "startsAt", "winnerCount", "prizePoints", "prizeRewardId", "titleEn", "titleFr",
           slug, "drawFrozenAt", "drawList", "drawSeed", "drawnAt"
    FROM "Contest" WHERE id = ${contestId}::uuid FOR UPDATE`;
  if (!contest) throw contestNotFound();
  return contest;
};

type LockedContest = Awaited<ReturnType<typeof lockContest>>;

/**
 * Freezes the draw: the approved entries, in the order they were approved, become the published
 * list; a secret seed is made and its hash published. Entries and moderation close. Audited.
 */
export const freezeContestDraw = async (
  tx: Tx,
  input: { contestId: string; staffUserId: string; now?: Date },
) => {
  const now = input.now ?? new Date();
  const contest = await lockContest(tx, input.contestId);
  if (contest.drawFrozenAt) throw new AppError('contest_draw_frozen');
  if (now < contest.startsAt) throw new AppError('contest_not_open');
  const approved = await tx.contestEntry.findMany({
    where: { contestId: input.contestId, status: 'APPROVED' },
    orderBy: [{ moderatedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, customerId: true, network: true, handle: true },
  });
  if (!approved.length) throw new AppError('contest_draw_no_entries');
  const list = drawListText(
    approved.map((entry) => ({ entryId: entry.id, person: drawPerson(entry) })),
  );
  const seed = newSeed();
  const published = { drawListHash: sha256(list), drawSeedHash: seedHash(seed) };
  await tx.contest.update({
    where: { id: input.contestId },
    data: { drawFrozenAt: now, drawList: list, drawSeed: seed, ...published },
  });
  await audit(tx, 'contest.draw.freeze', input.contestId, input.staffUserId, {
    entries: approved.length,
    ...published,
  });
  return { entries: approved.length, ...published };
};

/** What a contest's portal notice carries: its page and its names. */
const noticeOf = (contest: Pick<LockedContest, 'slug' | 'titleEn' | 'titleFr'>) => ({
  contestSlug: contest.slug,
  nameEn: contest.titleEn,
  nameFr: contest.titleFr,
});

/**
 * Pays a winner's prize, the contest's points through the ledger or a code of its reward, and
 * tells her in the portal.
 */
export const givePrize = async (
  tx: Tx,
  contest: Pick<LockedContest, 'prizePoints' | 'prizeRewardId' | 'slug' | 'titleEn' | 'titleFr'>,
  winner: { id: string; customerId: string },
  now: Date,
) => {
  await tx.notification.create({
    data: { customerId: winner.customerId, kind: 'CONTEST_WON', data: noticeOf(contest) },
  });
  if (contest.prizePoints) {
    await recordMovement(tx, {
      customerId: winner.customerId,
      type: 'EARN',
      channel: 'SOCIAL',
      points: contest.prizePoints,
      source: { type: CONTEST_PRIZE_SOURCE, id: winner.id },
    });
    return;
  }
  const reward = await tx.reward.findUniqueOrThrow({ where: { id: contest.prizeRewardId! } });
  const { row } = newRewardCode(reward, now);
  await tx.discountCode.create({
    data: { ...row, customerId: winner.customerId, rewardId: reward.id },
  });
  await tx.codeEvent.create({
    data: { codeId: row.id, type: 'ISSUED', channel: 'SOCIAL', actorType: 'SYSTEM' },
  });
  await tx.contestWinner.update({ where: { id: winner.id }, data: { codeId: row.id } });
};

/**
 * Makes the picks winners: each gets her prize (a member; an entrant not yet a member gets it
 * when she joins), a notice in the portal and the message that tells her.
 */
const awardPicks = async (tx: Tx, contest: LockedContest, picks: DrawPick[], now: Date) => {
  const entries = await tx.contestEntry.findMany({
    where: { id: { in: picks.map((pick) => pick.entryId) } },
    select: { id: true, customerId: true },
  });
  const told: string[] = [];
  for (const pick of picks) {
    const customerId = entries.find((entry) => entry.id === pick.entryId)?.customerId ?? null;
    const winner = await tx.contestWinner.create({
      data: {
        contestId: contest.id,
        pick: pick.pick,
        entryId: pick.entryId,
        person: pick.person,
        customerId,
      },
      select: { id: true },
    });
    if (!customerId) continue;
    await givePrize(tx, contest, { id: winner.id, customerId }, now);
    told.push(winner.id);
  }
  await queueWinnerMessages(tx, told);
};

/**
 * Draws the winners from the frozen list and the seed, gives their prizes, tells every member
 * who entered, and reveals the seed. Audited.
 */
export const drawContestWinners = async (
  tx: Tx,
  input: { contestId: string; staffUserId: string; now?: Date },
) => {
  const now = input.now ?? new Date();
  const contest = await lockContest(tx, input.contestId);
  if (!contest.drawFrozenAt) throw new AppError('contest_draw_not_frozen');
  if (contest.drawnAt) throw new AppError('contest_already_drawn');
  const picks = await drawPicks(
    parseDrawList(contest.drawList!),
    seedHmac(contest.drawSeed!),
    contest.winnerCount,
  );
  await awardPicks(tx, contest, picks, now);
  await tx.contest.update({ where: { id: contest.id }, data: { drawnAt: now } });
  // Every other member with an approved entry learns the draw is done (and can check it).
  await tx.$executeRaw`
    INSERT INTO "Notification" ("customerId", kind, data)
    SELECT DISTINCT e."customerId", 'CONTEST_DRAWN'::"NotificationKind", ${noticeOf(contest)}::jsonb
    FROM "ContestEntry" e
    WHERE e."contestId" = ${contest.id}::uuid AND e.status = 'APPROVED' AND e."customerId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "ContestWinner" w
                      WHERE w."contestId" = e."contestId" AND w."customerId" = e."customerId")`;
  await audit(tx, 'contest.draw', contest.id, input.staffUserId, {
    winners: picks.map((pick) => ({ pick: pick.pick, entryId: pick.entryId })),
  });
  return { winners: picks.length };
};

/**
 * Disqualifies a winner with the reason: her prize is taken back (points reversed, capped at what
 * she holds; an unused code cancelled) and the next person drawn wins in her place. Audited.
 */
export const disqualifyContestWinner = async (
  tx: Tx,
  input: { contestId: string; winnerId: string; reason: string; staffUserId: string; now?: Date },
) => {
  const now = input.now ?? new Date();
  const contest = await lockContest(tx, input.contestId);
  const winner = await tx.contestWinner.findFirst({
    where: { id: input.winnerId, contestId: input.contestId, disqualifiedAt: null },
    select: { id: true, customerId: true, codeId: true, code: { select: { status: true } } },
  });
  if (!winner) throw new AppError('contest_winner_not_found');
  await tx.contestWinner.update({
    where: { id: winner.id },
    data: { disqualifiedAt: now, disqualifyReason: input.reason },
  });
  if (winner.customerId && contest.prizePoints)
    await recordMovement(tx, {
      customerId: winner.customerId,
      type: 'REVERSAL',
      channel: 'SOCIAL',
      points: -contest.prizePoints,
      source: { type: CONTEST_PRIZE_SOURCE, id: winner.id },
      reason: input.reason,
      staffUserId: input.staffUserId,
      shortfall: 'cap',
    });
  // Her "you won" email or SMS still waiting to leave is not sent.
  await tx.message.updateMany({
    where: { kind: 'CONTEST_WON', reference: winner.id, status: 'QUEUED' },
    data: { status: 'SKIPPED', hold: 'WITHDRAWN' },
  });
  // A code already used at a till stays used: the brand sees it in the code's history.
  if (winner.codeId && winner.code?.status === 'ACTIVE')
    await cancelCode(tx, {
      codeId: winner.codeId,
      reason: input.reason,
      staffUserId: input.staffUserId,
      now,
    });
  const drawn = await tx.contestWinner.count({ where: { contestId: contest.id } });
  const picks = await drawPicks(
    parseDrawList(contest.drawList!),
    seedHmac(contest.drawSeed!),
    drawn + 1,
  );
  const next = picks.slice(drawn);
  await awardPicks(tx, contest, next, now);
  await audit(tx, 'contest.winner.disqualify', contest.id, input.staffUserId, {
    winnerId: winner.id,
    reason: input.reason,
    replacedBy: next[0]?.entryId ?? null,
  });
  return { replacedBy: next[0]?.entryId ?? null };
};
