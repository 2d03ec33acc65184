import { type Db, isUniqueViolation, type Prisma, type SocialNetwork, type Tx } from '@fidele/db';
import { setArchived } from '../archiving/set-archived.ts';
import { editOf, type RecordedAction, recordAudit } from '../audit/index.ts';
import {
  scheduleStatus,
  type ScheduleStatus,
  scheduleStatusWhere,
} from '../calendar/schedule-status.ts';
import { AppError } from '../errors.ts';

/** A contest as the admin's form saves it (the validators' `ContestInput`). */
export type ContestData = {
  slug: string;
  titleEn: string;
  titleFr: string;
  textEn: string;
  textFr: string;
  rulesEn: string;
  rulesFr: string;
  disclaimerEn: string;
  disclaimerFr: string;
  networks: SocialNetwork[];
  hashtag: string | null;
  postUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  entryPoints: number;
  prizePoints: number | null;
  prizeRewardId: string | null;
  winnerCount: number;
  entriesPerCustomer: number;
  verifiedOnly: boolean;
  tierIds: string[];
};

export const contestNotFound = () => new AppError('contest_not_found');

/** Refuses eligibility naming a tier that is not there, and a prize that is not an active reward. */
const checkReferences = async (tx: Tx, data: ContestData) => {
  const tierIds = [...new Set(data.tierIds)];
  if ((await tx.tier.count({ where: { id: { in: tierIds } } })) !== tierIds.length)
    throw new AppError('offer_target_not_found', 'A tier the contest is for does not exist.');
  if (
    data.prizeRewardId &&
    !(await tx.reward.findFirst({
      where: { id: data.prizeRewardId, archivedAt: null },
      select: { id: true },
    }))
  )
    throw new AppError('contest_reward_not_available');
};

const columns = ({ tierIds: _tierIds, ...data }: ContestData) => data;

const tiersOf = (data: ContestData) => ({
  create: [...new Set(data.tierIds)].map((tierId) => ({ tierId })),
});

const audit = (tx: Tx, action: RecordedAction, id: string, staffUserId: string, data?: object) =>
  recordAudit(tx, {
    actor: { type: 'STAFF', id: staffUserId },
    action,
    target: { type: 'contest', id },
    ...(data ? { data: JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue } : {}),
  });

/** A slug is the contest's public link: two contests cannot share one. */
const slugTaken = (error: unknown) =>
  isUniqueViolation(error) ? new AppError('contest_slug_taken') : error;

/** Creates a contest with its eligible tiers. Audited. */
export const createContest = async (tx: Tx, input: ContestData, staffUserId: string) => {
  await checkReferences(tx, input);
  const contest = await tx.contest
    .create({ data: { ...columns(input), tiers: tiersOf(input) }, select: { id: true } })
    .catch((error: unknown) => {
      throw slugTaken(error);
    });
  await audit(tx, 'contest.create', contest.id, staffUserId, input);
  return contest;
};

/** Saves a contest's new settings; entries already made stay as they are. Audited. */
export const updateContest = async (
  tx: Tx,
  contestId: string,
  input: ContestData,
  staffUserId: string,
) => {
  await checkReferences(tx, input);
  const before = await tx.contest.findUnique({
    where: { id: contestId },
    include: { tiers: { select: { tierId: true } } },
  });
  if (!before) throw contestNotFound();
  const updated = await tx.contest
    .updateMany({ where: { id: contestId }, data: columns(input) })
    .catch((error: unknown) => {
      throw slugTaken(error);
    });
  if (!updated.count) throw contestNotFound();
  await tx.contest.update({
    where: { id: contestId },
    data: { tiers: { deleteMany: {}, ...tiersOf(input) } },
  });
  await audit(
    tx,
    'contest.update',
    contestId,
    staffUserId,
    editOf({ ...before, tierIds: before.tiers.map((tier) => tier.tierId) }, input),
  );
  return { id: contestId };
};

/** Archives a contest (its page and entries close) or restores it; audited when it changes. */
export const setContestArchived = (
  tx: Tx,
  input: { contestId: string; archived: boolean; staffUserId: string },
) =>
  setArchived(tx, 'contest', { ...input, id: input.contestId }).then(() => ({
    id: input.contestId,
  }));

const listSelect = {
  id: true,
  slug: true,
  titleEn: true,
  titleFr: true,
  networks: true,
  startsAt: true,
  endsAt: true,
  archivedAt: true,
  winnerCount: true,
  _count: { select: { newMembers: true } },
} satisfies Prisma.ContestSelect;

type ListRow = Prisma.ContestGetPayload<{ select: typeof listSelect }>;

export type ContestEntryCounts = { pending: number; approved: number; rejected: number };

export type ContestListRow = Omit<ListRow, '_count'> & {
  status: ScheduleStatus;
  entries: ContestEntryCounts;
  newMembers: number;
};

/** Each contest's entries by status, in one read. */
const entryCountsOf = async (db: Db | Tx, contestIds: string[]) => {
  const groups = await db.contestEntry.groupBy({
    by: ['contestId', 'status'],
    where: { contestId: { in: contestIds } },
    _count: { _all: true },
  });
  const counts = new Map<string, ContestEntryCounts>(
    contestIds.map((id) => [id, { pending: 0, approved: 0, rejected: 0 }]),
  );
  for (const group of groups) {
    const key = group.status.toLowerCase() as keyof ContestEntryCounts;
    counts.get(group.contestId)![key] = group._count._all;
  }
  return counts;
};

/** One page of contests for the admin, latest start first, with their entries and new members. */
export const listContestsForStaff = async (
  db: Db,
  input: { status?: ScheduleStatus; page: number; pageSize: number; now?: Date },
) => {
  const now = input.now ?? new Date();
  const where = input.status ? scheduleStatusWhere(input.status, now) : {};
  const [total, rows] = await Promise.all([
    db.contest.count({ where }),
    db.contest.findMany({
      where,
      orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: listSelect,
    }),
  ]);
  const counts = await entryCountsOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    rows: rows.map(({ _count, ...row }): ContestListRow => ({
      ...row,
      status: scheduleStatus(row, now),
      entries: counts.get(row.id)!,
      newMembers: _count.newMembers,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};

/** A contest as its editor shows it: the form's values, where it stands and what it drew. */
export const getContestForStaff = async (db: Db | Tx, contestId: string, now = new Date()) => {
  const contest = await db.contest.findUnique({
    where: { id: contestId },
    select: {
      ...listSelect,
      textEn: true,
      textFr: true,
      rulesEn: true,
      rulesFr: true,
      disclaimerEn: true,
      disclaimerFr: true,
      hashtag: true,
      postUrl: true,
      entryPoints: true,
      prizePoints: true,
      prizeRewardId: true,
      entriesPerCustomer: true,
      verifiedOnly: true,
      tiers: { select: { tierId: true } },
      drawFrozenAt: true,
      drawListHash: true,
      drawSeedHash: true,
      drawnAt: true,
      winners: {
        orderBy: { pick: 'asc' },
        select: {
          id: true,
          pick: true,
          disqualifiedAt: true,
          disqualifyReason: true,
          entry: { select: { network: true, handle: true, postUrl: true } },
          customer: { select: { id: true, firstName: true, lastName: true } },
        },
      },
    },
  });
  if (!contest) throw contestNotFound();
  const { _count, tiers, ...rest } = contest;
  const counts = await entryCountsOf(db, [contestId]);
  return {
    ...rest,
    status: scheduleStatus(contest, now),
    entries: counts.get(contestId)!,
    newMembers: _count.newMembers,
    tierIds: tiers.map((row) => row.tierId),
  };
};
