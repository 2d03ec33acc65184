import type { Db, Prisma, SocialNetwork } from '@fidele/db';
import { scheduleStatus, type ScheduleStatus } from '../calendar/schedule-status.ts';
import { contestNotFound } from './contest-admin.ts';
import { listMyContestEntries, myEntrySelect, type MyContestEntry } from './contest-entries.ts';

type Texts = { en: string; fr: string };

/** A contest as its public page shows it to anyone, signed in or not. */
export type PublicContest = {
  id: string;
  slug: string;
  title: Texts;
  text: Texts;
  rules: Texts;
  disclaimer: Texts;
  networks: SocialNetwork[];
  hashtag: string | null;
  postUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  status: Exclude<ScheduleStatus, 'archived'>;
  entryPoints: number;
  prize: { points: number; reward: null } | { points: null; reward: { name: Texts } };
  winnerCount: number;
  entriesPerCustomer: number;
  verifiedOnly: boolean;
  /** The tiers that may enter, in ladder order; empty: every member. */
  tiers: { name: Texts }[];
};

const publicSelect = {
  id: true,
  slug: true,
  titleEn: true,
  titleFr: true,
  textEn: true,
  textFr: true,
  rulesEn: true,
  rulesFr: true,
  disclaimerEn: true,
  disclaimerFr: true,
  networks: true,
  hashtag: true,
  postUrl: true,
  startsAt: true,
  endsAt: true,
  archivedAt: true,
  entryPoints: true,
  prizePoints: true,
  prizeReward: { select: { nameEn: true, nameFr: true } },
  winnerCount: true,
  entriesPerCustomer: true,
  verifiedOnly: true,
  tiers: {
    select: { tier: { select: { name: true, nameFr: true } } },
    orderBy: { tier: { rank: 'asc' } },
  },
} satisfies Prisma.ContestSelect;

type PublicRow = Prisma.ContestGetPayload<{ select: typeof publicSelect }>;

const publicContestOf = (row: PublicRow, now: Date): PublicContest => ({
  id: row.id,
  slug: row.slug,
  title: { en: row.titleEn, fr: row.titleFr },
  text: { en: row.textEn, fr: row.textFr },
  rules: { en: row.rulesEn, fr: row.rulesFr },
  disclaimer: { en: row.disclaimerEn, fr: row.disclaimerFr },
  networks: row.networks,
  hashtag: row.hashtag,
  postUrl: row.postUrl,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  status: scheduleStatus({ ...row, archivedAt: null }, now) as PublicContest['status'],
  entryPoints: row.entryPoints,
  prize: row.prizeReward
    ? { points: null, reward: { name: { en: row.prizeReward.nameEn, fr: row.prizeReward.nameFr } } }
    : { points: row.prizePoints!, reward: null },
  winnerCount: row.winnerCount,
  entriesPerCustomer: row.entriesPerCustomer,
  verifiedOnly: row.verifiedOnly,
  tiers: row.tiers.map(({ tier }) => ({
    name: { en: tier.name, fr: tier.nameFr || tier.name },
  })),
});

/** The contest a public link names; an archived contest is no longer there. */
export const getPublicContest = async (db: Db, slug: string, now = new Date()) => {
  const row = await db.contest.findFirst({
    where: { slug, archivedAt: null },
    select: publicSelect,
  });
  if (!row) throw contestNotFound();
  return publicContestOf(row, now);
};

/** The id of the contest a sign-up link's `?c=` names, if it is one that is not archived. */
export const contestIdOfSlug = async (db: Db, slug: string | undefined) =>
  slug
    ? ((
        await db.contest.findFirst({
          where: { slug, archivedAt: null },
          select: { id: true },
        })
      )?.id ?? undefined)
    : undefined;

export type MemberContest = PublicContest & { entries: MyContestEntry[] };

/** A contest's page: the contest, its draw once frozen, and a member's entries. */
export type ContestPage = MemberContest & { draw: PublicContestDraw | null };

/**
 * The contests a member sees in the portal: those running and those ended in the last 30 days,
 * soonest end first, each with her entries.
 */
export const listMemberContests = async (
  db: Db,
  customerId: string,
  now = new Date(),
): Promise<MemberContest[]> => {
  const recent = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const rows = await db.contest.findMany({
    where: { archivedAt: null, startsAt: { lte: now }, endsAt: { gt: recent } },
    orderBy: [{ endsAt: 'asc' }, { id: 'asc' }],
    take: 50,
    select: {
      ...publicSelect,
      entries: {
        where: { customerId },
        orderBy: { createdAt: 'desc' },
        select: myEntrySelect,
      },
    },
  });
  return rows.map(({ entries, ...row }) => ({ ...publicContestOf(row, now), entries }));
};

/**
 * A contest's page for anyone: the contest and its draw, with her entries for a signed-in member
 * (none for a visitor).
 */
export const getContestPage = async (
  db: Db,
  slug: string,
  customerId?: string,
  now = new Date(),
): Promise<ContestPage> => {
  const contest = await getPublicContest(db, slug, now);
  const [entries, draw] = await Promise.all([
    customerId ? listMyContestEntries(db, customerId, contest.id) : [],
    getContestDraw(db, contest.id),
  ]);
  return { ...contest, entries, draw };
};

/** A contest's draw as its public page shows it, for anyone to check. */
export type PublicContestDraw = {
  frozenAt: Date;
  /** Lines in the frozen list: the approved entries. */
  entries: number;
  listHash: string;
  seedHash: string;
  /** Shown once the winners are drawn. */
  seed: string | null;
  drawnAt: Date | null;
  winners: { pick: number; network: SocialNetwork; handle: string; disqualified: boolean }[];
};

/** The draw of a contest, once its list is frozen; null before. */
export const getContestDraw = async (
  db: Db,
  contestId: string,
): Promise<PublicContestDraw | null> => {
  const [draw] = await db.$queryRaw<
    (Omit<PublicContestDraw, 'winners' | 'entries'> & { entries: number })[]
  >`
    SELECT "drawFrozenAt" AS "frozenAt", "drawListHash" AS "listHash", "drawSeedHash" AS "seedHash",
           CASE WHEN "drawnAt" IS NOT NULL THEN "drawSeed" END AS seed, "drawnAt",
           length("drawList") - length(replace("drawList", E'\n', '')) AS entries
    FROM "Contest" WHERE id = ${contestId}::uuid AND "drawFrozenAt" IS NOT NULL`;
  if (!draw) return null;
  const winners = await db.contestWinner.findMany({
    where: { contestId },
    orderBy: { pick: 'asc' },
    select: {
      pick: true,
      disqualifiedAt: true,
      entry: { select: { network: true, handle: true } },
    },
  });
  return {
    ...draw,
    entries: Number(draw.entries),
    winners: winners.map((winner) => ({
      pick: winner.pick,
      network: winner.entry.network,
      handle: winner.entry.handle,
      disqualified: winner.disqualifiedAt !== null,
    })),
  };
};

/** The frozen list of a contest's draw, as published (its SHA-256 is the page's hash). */
export const getContestDrawList = async (db: Db, slug: string) => {
  const contest = await db.contest.findFirst({
    where: { slug, archivedAt: null, drawFrozenAt: { not: null } },
    select: { drawList: true },
  });
  if (!contest) throw contestNotFound();
  return contest.drawList!;
};
