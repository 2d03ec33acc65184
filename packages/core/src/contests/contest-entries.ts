import {
  type ContestEntryStatus,
  type Db,
  isUniqueViolation,
  type Prisma,
  type SocialNetwork,
  type Tx,
} from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { recordMovement } from '../ledger/index.ts';
import { contestNotFound } from './contest-admin.ts';

/** The ledger source of an approved entry's points: its id names the entry. */
export const CONTEST_ENTRY_SOURCE = 'CONTEST';

export type ContestEntrySubmission = {
  customerId: string;
  contestId: string;
  network: SocialNetwork;
  /** Normalised by the validators' `socialPost`. */
  postUrl: string;
  /** Lower case, without the @. */
  handle: string;
  now?: Date;
};

/** Why a member may not enter a contest now, or undefined when she may. */
const refusalOf = (
  contest: {
    startsAt: Date;
    endsAt: Date;
    archivedAt: Date | null;
    drawFrozenAt: Date | null;
    networks: SocialNetwork[];
    verifiedOnly: boolean;
    tiers: { tierId: string }[];
  },
  customer: { tierId: string; emailVerified: Date | null },
  network: SocialNetwork,
  now: Date,
) => {
  if (contest.archivedAt || contest.drawFrozenAt || now < contest.startsAt || now >= contest.endsAt)
    return new AppError('contest_not_open');
  if (contest.tiers.length && !contest.tiers.some((tier) => tier.tierId === customer.tierId))
    return new AppError('contest_not_eligible');
  if (contest.verifiedOnly && !customer.emailVerified)
    return new AppError('contest_needs_verified_email');
  if (!contest.networks.includes(network)) return new AppError('contest_network_not_allowed');
  return undefined;
};

/**
 * The read an entry is decided on: the contest, the member, her entries so far and whether the
 * post is already in. Reading it again after a lost race gives the race's real outcome.
 */
const readEntry = async (tx: Tx, input: ContestEntrySubmission) => {
  const contest = await tx.contest.findUnique({
    where: { id: input.contestId },
    select: {
      startsAt: true,
      endsAt: true,
      archivedAt: true,
      drawFrozenAt: true,
      networks: true,
      verifiedOnly: true,
      entriesPerCustomer: true,
      tiers: { select: { tierId: true } },
    },
  });
  if (!contest) throw contestNotFound();
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: input.customerId },
    select: { tierId: true, emailVerified: true },
  });
  const [mine, taken] = await Promise.all([
    tx.contestEntry.findMany({
      where: { contestId: input.contestId, customerId: input.customerId },
      select: { number: true, status: true },
    }),
    tx.contestEntry.findUnique({
      where: {
        contestId_network_postUrl: {
          contestId: input.contestId,
          network: input.network,
          postUrl: input.postUrl,
        },
      },
      select: { id: true },
    }),
  ]);
  return { contest, customer, mine, taken };
};

/**
 * A member enters a post in a contest, pending moderation. Refused when the contest is not on,
 * not for her tier or unverified email, not on that network, when she has as many entries (not
 * rejected) as the rules allow, or when the post is already in. Each of her entries takes the
 * next number: two entries sent at once cannot both take the last one allowed (the loser is read
 * again and refused).
 */
export const submitContestEntry = async (db: Db, input: ContestEntrySubmission) => {
  const now = input.now ?? new Date();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const { contest, customer, mine, taken } = await readEntry(tx, input);
        const refusal = refusalOf(contest, customer, input.network, now);
        if (refusal) throw refusal;
        if (taken) throw new AppError('contest_entry_taken');
        const standing = mine.filter((entry) => entry.status !== 'REJECTED').length;
        if (standing >= contest.entriesPerCustomer) throw new AppError('contest_entry_limit');
        const number = Math.max(0, ...mine.map((entry) => entry.number ?? 0)) + 1;
        return tx.contestEntry.create({
          data: {
            contestId: input.contestId,
            customerId: input.customerId,
            number,
            network: input.network,
            postUrl: input.postUrl,
            handle: input.handle,
            source: 'PORTAL',
          },
          select: { id: true, status: true, createdAt: true },
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === 3) throw error;
    }
  }
};

export type MyContestEntry = {
  id: string;
  network: SocialNetwork;
  postUrl: string;
  handle: string;
  status: ContestEntryStatus;
  rejectReason: string | null;
  createdAt: Date;
};

export const myEntrySelect = {
  id: true,
  network: true,
  postUrl: true,
  handle: true,
  status: true,
  rejectReason: true,
  createdAt: true,
} as const satisfies Prisma.ContestEntrySelect;

/** A member's entries in a contest, newest first: where each stands and why one was rejected. */
export const listMyContestEntries = (
  db: Db,
  customerId: string,
  contestId: string,
): Promise<MyContestEntry[]> =>
  db.contestEntry.findMany({
    where: { contestId, customerId },
    orderBy: { createdAt: 'desc' },
    select: myEntrySelect,
  });

/** One page of a contest's entries for moderation, oldest first so the queue is worked in order. */
export const listContestEntries = async (
  db: Db,
  input: { contestId: string; status?: ContestEntryStatus; page: number; pageSize: number },
) => {
  const where = { contestId: input.contestId, ...(input.status ? { status: input.status } : {}) };
  const [total, rows] = await Promise.all([
    db.contestEntry.count({ where }),
    db.contestEntry.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        ...myEntrySelect,
        email: true,
        source: true,
        moderatedAt: true,
        customer: { select: { id: true, firstName: true, lastName: true, memberCode: true } },
        claimedBy: { select: { id: true, firstName: true, lastName: true, memberCode: true } },
        moderatedBy: { select: { name: true } },
      },
    }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
};

export type ContestModeration = {
  contestId: string;
  entryIds: string[];
  decision: 'APPROVE' | 'REJECT';
  reason: string | null;
  staffUserId: string;
};

type LockedEntry = { id: string; customerId: string | null; status: ContestEntryStatus };

/** What approving or rejecting an entry in `status` does. */
const nextStatus = (decision: ContestModeration['decision']): ContestEntryStatus =>
  decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';

/**
 * Approves or rejects entries of a contest, all or none. An approved member's entry earns the
 * contest's entry points once (channel SOCIAL, source CONTEST); rejecting an approved entry takes
 * them back (a reversal, capped at what she still holds). An entry whose points were taken back
 * is not approved again: its points cannot be paid twice. Entries already so decided are left
 * as they are. Audited once for the batch.
 */
export const moderateContestEntries = async (tx: Tx, input: ContestModeration) => {
  // Shared with other moderators, exclusive of a freeze: no approval slips past the frozen list.
  const [contest] = await tx.$queryRaw<{ entryPoints: number; drawFrozenAt: Date | null }[]>`
    SELECT "entryPoints", "drawFrozenAt" FROM "Contest" WHERE id = ${input.contestId}::uuid FOR SHARE`;
  if (!contest) throw contestNotFound();
  // The frozen list is what the published hash proves: it cannot change under it.
  if (contest.drawFrozenAt) throw new AppError('contest_draw_frozen');
  // Locked in one order, so two moderators' overlapping batches cannot deadlock.
  const entries = await tx.$queryRaw<LockedEntry[]>`
    SELECT id, "customerId", status::text AS status FROM "ContestEntry"
    WHERE "contestId" = ${input.contestId}::uuid AND id = ANY(${input.entryIds}::uuid[])
    ORDER BY id FOR UPDATE`;
  if (entries.length !== input.entryIds.length) throw new AppError('contest_entry_not_found');
  const status = nextStatus(input.decision);
  const changing = entries.filter((entry) => entry.status !== status);
  const paid = await paidEntries(tx, changing);
  if (status === 'APPROVED') {
    const reversed = changing.find((entry) => paid.get(entry.id)?.reversed);
    if (reversed)
      throw new AppError('contest_entry_points_taken_back', undefined, { entryId: reversed.id });
  }
  const now = new Date();
  await tx.contestEntry.updateMany({
    where: { id: { in: changing.map((entry) => entry.id) } },
    data: {
      status,
      rejectReason: status === 'REJECTED' ? input.reason : null,
      moderatedAt: now,
      moderatedById: input.staffUserId,
    },
  });
  for (const entry of changing) {
    if (!entry.customerId) continue;
    const source = { type: CONTEST_ENTRY_SOURCE, id: entry.id };
    if (status === 'APPROVED' && contest.entryPoints > 0 && !paid.has(entry.id))
      await recordMovement(tx, {
        customerId: entry.customerId,
        type: 'EARN',
        channel: 'SOCIAL',
        points: contest.entryPoints,
        source,
      });
    const payment = paid.get(entry.id);
    if (status === 'REJECTED' && payment && !payment.reversed)
      await recordMovement(tx, {
        customerId: entry.customerId,
        type: 'REVERSAL',
        channel: 'SOCIAL',
        points: -payment.points,
        source,
        reason: input.reason ?? undefined,
        staffUserId: input.staffUserId,
        shortfall: 'cap',
      });
  }
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: status === 'APPROVED' ? 'contest.entry.approve' : 'contest.entry.reject',
    target: { type: 'contest', id: input.contestId },
    data: { entryIds: changing.map((entry) => entry.id), reason: input.reason },
  });
  return { changed: changing.length, unchanged: entries.length - changing.length };
};

/** The entries whose points were paid, with how many, and whether they were taken back since. */
const paidEntries = async (tx: Tx, entries: LockedEntry[]) => {
  const movements = await tx.movement.findMany({
    where: {
      sourceType: CONTEST_ENTRY_SOURCE,
      sourceId: { in: entries.map((entry) => entry.id) },
      type: { in: ['EARN', 'REVERSAL'] },
    },
    select: { sourceId: true, type: true, points: true },
  });
  const paid = new Map<string, { points: number; reversed: boolean }>();
  for (const movement of movements.filter((each) => each.type === 'EARN'))
    paid.set(movement.sourceId!, { points: movement.points, reversed: false });
  for (const movement of movements.filter((each) => each.type === 'REVERSAL'))
    paid.get(movement.sourceId!)!.reversed = true;
  return paid;
};
