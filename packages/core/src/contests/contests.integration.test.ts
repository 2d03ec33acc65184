import { createHash, createHmac } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCustomer } from '../customers/sign-up.ts';
import { recordPurchase } from '../purchases/index.ts';
import { isAppError } from '../errors.ts';
import { listMovements } from '../ledger/index.ts';
import {
  ledgerViolations,
  makeCustomer,
  makeReward,
  makeShop,
  makeStaffUser,
  refusal,
} from '../testing/index.ts';
import {
  type ContestData,
  createContest,
  getContestForStaff,
  listContestsForStaff,
  setContestArchived,
  updateContest,
} from './contest-admin.ts';
import { getContestAttribution } from './contest-attribution.ts';
import { contestData } from './contest-fixtures.ts';
import { drawPicks, parseDrawList } from './contest-draw.ts';
import {
  disqualifyContestWinner,
  drawContestWinners,
  freezeContestDraw,
} from './contest-draw-admin.ts';
import { moderateContestEntries, submitContestEntry } from './contest-entries.ts';
import { getContestPage, getPublicContest, listMemberContests } from './public-contest.ts';

let t: TestDatabase;
let staffUserId: string;

const DAY = 24 * 3_600_000;

const contest = contestData;

const create = (data: ContestData) =>
  t.db.$transaction((tx) => createContest(tx, data, staffUserId));

let posts = 0;
const entry = (contestId: string, customerId: string) => ({
  contestId,
  customerId,
  network: 'INSTAGRAM' as const,
  postUrl: `https://www.instagram.com/p/Post${++posts}abc/`,
  handle: 'camille.m',
});

const moderate = (contestId: string, entryIds: string[], decision: 'APPROVE' | 'REJECT') =>
  t.db.$transaction((tx) =>
    moderateContestEntries(tx, {
      contestId,
      entryIds,
      decision,
      reason: decision === 'REJECT' ? 'Not the contest’s hashtag' : null,
      staffUserId,
    }),
  );

const balanceOf = async (customerId: string) =>
  (await listMovements(t.db, { customerId, take: 1 }))[0]?.balanceAfter;

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
});
afterAll(() => t.drop());

describe('setting up a contest', () => {
  it('stores it with its tiers, audited, and shows it on its public page', async () => {
    const gold = await t.db.tier.create({
      data: { code: 'GOLD', name: 'Gold', nameFr: 'Or', rank: 5, threshold: 1_000 },
    });
    const reward = await makeReward(t.db, { nameEn: 'Tote bag', nameFr: 'Tote bag' });
    const data = contest({ tierIds: [gold.id], prizePoints: null, prizeRewardId: reward.id });
    const { id } = await create(data);
    expect(await getContestForStaff(t.db, id)).toMatchObject({
      slug: data.slug,
      status: 'running',
      tierIds: [gold.id],
      entries: { pending: 0, approved: 0, rejected: 0 },
      newMembers: 0,
    });
    expect(await getPublicContest(t.db, data.slug)).toMatchObject({
      title: { en: 'Spring looks', fr: 'Looks de printemps' },
      prize: { points: null, reward: { name: { en: 'Tote bag' } } },
      tiers: [{ name: { en: 'Gold', fr: 'Or' } }],
    });
    expect(await t.db.auditLog.count({ where: { action: 'contest.create', targetId: id } })).toBe(
      1,
    );
  });

  it('refuses a slug another contest has, and a prize that is not an active reward, saving nothing', async () => {
    const data = contest();
    await create(data);
    expect(await refusal(create(contest({ slug: data.slug })))).toBe('contest_slug_taken');
    const archived = await makeReward(t.db, { archivedAt: new Date() });
    const before = await t.db.contest.count();
    expect(await refusal(create(contest({ prizePoints: null, prizeRewardId: archived.id })))).toBe(
      'contest_reward_not_available',
    );
    expect(await t.db.contest.count()).toBe(before);
  });

  it('updates a contest, and a missing one is not found', async () => {
    const { id } = await create(contest());
    await t.db.$transaction((tx) =>
      updateContest(tx, id, contest({ slug: 'renamed-contest', winnerCount: 5 }), staffUserId),
    );
    expect(await getContestForStaff(t.db, id)).toMatchObject({
      slug: 'renamed-contest',
      winnerCount: 5,
    });
    expect(
      await refusal(
        t.db.$transaction((tx) =>
          updateContest(tx, '00000000-0000-4000-8000-000000000000', contest(), staffUserId),
        ),
      ),
    ).toBe('contest_not_found');
  });

  it('takes an archived contest’s page down, once, audited; a restored one is back', async () => {
    const data = contest();
    const { id } = await create(data);
    const archive = (archived: boolean) =>
      t.db.$transaction((tx) => setContestArchived(tx, { contestId: id, archived, staffUserId }));
    await archive(true);
    await archive(true);
    expect(await refusal(getPublicContest(t.db, data.slug))).toBe('contest_not_found');
    expect(await t.db.auditLog.count({ where: { action: 'contest.archive', targetId: id } })).toBe(
      1,
    );
    await archive(false);
    expect((await getPublicContest(t.db, data.slug)).id).toBe(id);
  });
});

describe('entering a contest', () => {
  it('takes a member’s post once, pending, and refuses the same post from anyone', async () => {
    const data = contest();
    const { id } = await create(data);
    const camille = await makeCustomer(t.db);
    const other = await makeCustomer(t.db);
    const post = entry(id, camille.id);
    expect(await submitContestEntry(t.db, post)).toMatchObject({ status: 'PENDING' });
    expect(await refusal(submitContestEntry(t.db, { ...post, customerId: other.id }))).toBe(
      'contest_entry_taken',
    );
    expect((await getContestPage(t.db, data.slug, camille.id)).entries).toMatchObject([
      { postUrl: post.postUrl, status: 'PENDING' },
    ]);
  });

  it('allows as many standing entries as the rules, even sent at once; a rejected one frees its place', async () => {
    const { id } = await create(contest({ entriesPerCustomer: 2 }));
    const camille = await makeCustomer(t.db);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => submitContestEntry(t.db, entry(id, camille.id))),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    const refused = results.flatMap((result) =>
      result.status === 'rejected' && isAppError(result.reason) ? [result.reason.code] : [],
    );
    expect(refused).toEqual(Array(4).fill('contest_entry_limit'));
    const entries = await t.db.contestEntry.findMany({ where: { contestId: id } });
    await moderate(id, [entries[0]!.id], 'REJECT');
    expect(await submitContestEntry(t.db, entry(id, camille.id))).toMatchObject({
      status: 'PENDING',
    });
    expect(await refusal(submitContestEntry(t.db, entry(id, camille.id)))).toBe(
      'contest_entry_limit',
    );
  });

  it('refuses a contest not on, not for her tier, for verified members, or on another network', async () => {
    const camille = await makeCustomer(t.db);
    const later = await create(contest({ startsAt: new Date(Date.now() + DAY) }));
    expect(await refusal(submitContestEntry(t.db, entry(later.id, camille.id)))).toBe(
      'contest_not_open',
    );
    const vip = await t.db.tier.create({
      data: { code: 'VIP', name: 'VIP', rank: 10, threshold: 100_000 },
    });
    const forVips = await create(contest({ tierIds: [vip.id] }));
    expect(await refusal(submitContestEntry(t.db, entry(forVips.id, camille.id)))).toBe(
      'contest_not_eligible',
    );
    const verified = await create(contest({ verifiedOnly: true }));
    expect(await refusal(submitContestEntry(t.db, entry(verified.id, camille.id)))).toBe(
      'contest_needs_verified_email',
    );
    const tiktokOnly = await create(contest({ networks: ['TIKTOK'] }));
    expect(await refusal(submitContestEntry(t.db, entry(tiktokOnly.id, camille.id)))).toBe(
      'contest_network_not_allowed',
    );
    expect(await t.db.contestEntry.count({ where: { customerId: camille.id } })).toBe(0);
  });
});

describe('moderating entries', () => {
  it('pays an approved entry’s points once, on channel SOCIAL, and takes them back when it is rejected', async () => {
    const { id } = await create(contest({ entryPoints: 50 }));
    const camille = await makeCustomer(t.db);
    const { id: entryId } = await submitContestEntry(t.db, entry(id, camille.id));
    expect(await moderate(id, [entryId], 'APPROVE')).toEqual({ changed: 1, unchanged: 0 });
    expect(await moderate(id, [entryId], 'APPROVE')).toEqual({ changed: 0, unchanged: 1 });
    const [earned] = await listMovements(t.db, { customerId: camille.id });
    expect(earned).toMatchObject({
      type: 'EARN',
      channel: 'SOCIAL',
      points: 50,
      sourceType: 'CONTEST',
      sourceId: entryId,
      balanceAfter: 50,
    });
    await moderate(id, [entryId], 'REJECT');
    expect(await balanceOf(camille.id)).toBe(0);
    expect(await t.db.contestEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'Not the contest’s hashtag',
    });
    expect(await refusal(moderate(id, [entryId], 'APPROVE'))).toBe(
      'contest_entry_points_taken_back',
    );
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('approves a batch all or none: an entry of another contest fails it', async () => {
    const first = await create(contest());
    const second = await create(contest());
    const camille = await makeCustomer(t.db);
    const mine = await submitContestEntry(t.db, entry(first.id, camille.id));
    const elsewhere = await submitContestEntry(t.db, entry(second.id, camille.id));
    expect(await refusal(moderate(first.id, [mine.id, elsewhere.id], 'APPROVE'))).toBe(
      'contest_entry_not_found',
    );
    expect(
      await t.db.contestEntry.count({ where: { status: 'APPROVED', customerId: camille.id } }),
    ).toBe(0);
    expect(
      await t.db.movement.count({ where: { customerId: camille.id, sourceType: 'CONTEST' } }),
    ).toBe(0);
  });

  it('counts entries by status in the admin’s list, and lists the member’s contests with her entries', async () => {
    const { id } = await create(contest({ entriesPerCustomer: 3 }));
    const camille = await makeCustomer(t.db);
    const entries = await Promise.all(
      [1, 2, 3].map(() => submitContestEntry(t.db, entry(id, camille.id))),
    );
    await moderate(id, [entries[0]!.id], 'APPROVE');
    await moderate(id, [entries[1]!.id], 'REJECT');
    const { rows } = await listContestsForStaff(t.db, { page: 1, pageSize: 100 });
    expect(rows.find((row) => row.id === id)?.entries).toEqual({
      pending: 1,
      approved: 1,
      rejected: 1,
    });
    const listed = (await listMemberContests(t.db, camille.id)).find((row) => row.id === id);
    expect(listed?.entries.map((row) => row.status).sort()).toEqual([
      'APPROVED',
      'PENDING',
      'REJECTED',
    ]);
  });
});

describe('signing up through a contest’s link', () => {
  it('counts the new member for the contest; an unknown link is an organic sign-up', async () => {
    const data = contest();
    const { id } = await create(data);
    const joined = await signUpCustomer(t.db, {
      email: 'lea@example.com',
      passwordHash: 'x',
      firstName: 'Léa',
      locale: 'fr',
      contest: data.slug,
    });
    const organic = await signUpCustomer(t.db, {
      email: 'noe@example.com',
      passwordHash: 'x',
      firstName: 'Noé',
      locale: 'fr',
      contest: 'no-such-contest',
    });
    const sources = await t.db.customer.findMany({
      where: { id: { in: [joined.id, organic.id] } },
      select: { email: true, signUpSource: true, signUpContestId: true },
      orderBy: { email: 'asc' },
    });
    expect(sources).toEqual([
      { email: 'lea@example.com', signUpSource: 'CONTEST', signUpContestId: id },
      { email: 'noe@example.com', signUpSource: 'ORGANIC', signUpContestId: null },
    ]);
    expect((await getContestForStaff(t.db, id)).newMembers).toBe(1);
  });
});

describe('drawing the winners', () => {
  const entrants = async (contestId: string, count: number) => {
    const customers = await Promise.all(Array.from({ length: count }, () => makeCustomer(t.db)));
    const entries = await Promise.all(
      customers.map((customer) => submitContestEntry(t.db, entry(contestId, customer.id))),
    );
    await moderate(
      contestId,
      entries.map((each) => each.id),
      'APPROVE',
    );
    return customers;
  };

  it('publishes the frozen list’s and the seed’s hashes, then draws winners anyone can recompute', async () => {
    const data = contest({ winnerCount: 2, prizePoints: 300, entryPoints: 0 });
    const { id } = await create(data);
    const customers = await entrants(id, 6);
    await submitContestEntry(t.db, entry(id, (await makeCustomer(t.db)).id));

    const frozen = await t.db.$transaction((tx) =>
      freezeContestDraw(tx, { contestId: id, staffUserId }),
    );
    expect(frozen.entries).toBe(6);
    const page = await getContestPage(t.db, data.slug);
    expect(page.draw).toMatchObject({
      entries: 6,
      listHash: frozen.drawListHash,
      seedHash: frozen.drawSeedHash,
      seed: null,
      drawnAt: null,
      winners: [],
    });
    // Frozen: no new entry, no change of an approval.
    expect(await refusal(submitContestEntry(t.db, entry(id, customers[0]!.id)))).toBe(
      'contest_not_open',
    );
    const pending = await t.db.contestEntry.findFirstOrThrow({
      where: { contestId: id, status: 'PENDING' },
    });
    expect(await refusal(moderate(id, [pending.id], 'APPROVE'))).toBe('contest_draw_frozen');

    await t.db.$transaction((tx) => drawContestWinners(tx, { contestId: id, staffUserId }));
    const drawn = (await getContestPage(t.db, data.slug)).draw!;
    expect(drawn.winners).toHaveLength(2);
    // Anyone: the seed matches its hash, the list its hash, and redoing the draw gives the winners.
    const list = (await t.db.contest.findUniqueOrThrow({ where: { id } })).drawList!;
    expect(createHash('sha256').update(drawn.seed!).digest('hex')).toBe(frozen.drawSeedHash);
    expect(createHash('sha256').update(list).digest('hex')).toBe(frozen.drawListHash);
    const redone = await drawPicks(
      parseDrawList(list),
      async (message) => new Uint8Array(createHmac('sha256', drawn.seed!).update(message).digest()),
      2,
    );
    expect(redone.map((pick) => pick.pick)).toEqual(drawn.winners.map((winner) => winner.pick));

    const winners = await t.db.contestWinner.findMany({
      where: { contestId: id },
      orderBy: { pick: 'asc' },
    });
    for (const winner of winners)
      expect(await listMovements(t.db, { customerId: winner.customerId! })).toMatchObject([
        {
          type: 'EARN',
          channel: 'SOCIAL',
          points: 300,
          sourceType: 'CONTEST_PRIZE',
          contest: { title: { en: 'Spring looks' } },
        },
      ]);
    const notices = await t.db.notification.groupBy({
      by: ['kind'],
      where: { customerId: { in: customers.map((customer) => customer.id) } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(notices.map((row) => [row.kind, row._count._all]))).toEqual({
      CONTEST_WON: 2,
      CONTEST_DRAWN: 4,
    });
    expect(
      await refusal(
        t.db.$transaction((tx) => drawContestWinners(tx, { contestId: id, staffUserId })),
      ),
    ).toBe('contest_already_drawn');

    // A disqualified winner gives her prize back; the next person drawn wins it.
    const { replacedBy } = await t.db.$transaction((tx) =>
      disqualifyContestWinner(tx, {
        contestId: id,
        winnerId: winners[0]!.id,
        reason: 'Her post was private',
        staffUserId,
      }),
    );
    const third = await drawPicks(
      parseDrawList(list),
      async (message) => new Uint8Array(createHmac('sha256', drawn.seed!).update(message).digest()),
      3,
    );
    expect(replacedBy).toBe(third[2]!.entryId);
    expect(await balanceOf(winners[0]!.customerId!)).toBe(0);
    expect(
      (await getContestPage(t.db, data.slug)).draw!.winners.map((winner) => winner.disqualified),
    ).toEqual([true, false, false]);
    expect(await ledgerViolations(t.db)).toEqual([]);
  });

  it('gives a reward’s code as the prize, and refuses a draw before the list is frozen', async () => {
    const reward = await makeReward(t.db);
    const { id } = await create(
      contest({ winnerCount: 1, prizePoints: null, prizeRewardId: reward.id }),
    );
    const [winner] = await entrants(id, 1);
    expect(
      await refusal(
        t.db.$transaction((tx) => drawContestWinners(tx, { contestId: id, staffUserId })),
      ),
    ).toBe('contest_draw_not_frozen');
    await t.db.$transaction((tx) => freezeContestDraw(tx, { contestId: id, staffUserId }));
    await t.db.$transaction((tx) => drawContestWinners(tx, { contestId: id, staffUserId }));
    expect(
      await t.db.discountCode.findMany({
        where: { customerId: winner!.id },
        select: {
          rewardId: true,
          status: true,
          pointsCost: true,
          contestWin: { select: { contestId: true } },
        },
      }),
    ).toEqual([
      { rewardId: reward.id, status: 'ACTIVE', pointsCost: 0, contestWin: { contestId: id } },
    ]);
  });

  it('refuses to freeze a contest without approved entries', async () => {
    const { id } = await create(contest());
    expect(
      await refusal(
        t.db.$transaction((tx) => freezeContestDraw(tx, { contestId: id, staffUserId })),
      ),
    ).toBe('contest_draw_no_entries');
  });
});

describe('what a contest brought', () => {
  it('counts its new members’ purchases by channel, and shop visits against the days before', async () => {
    const data = contest({ startsAt: new Date(Date.now() - 4 * DAY) });
    const { id } = await create(data);
    const store = await makeShop(t.db, { kind: 'STORE' });
    const eshop = await makeShop(t.db, { kind: 'ESHOP' });
    const joined = await signUpCustomer(t.db, {
      email: 'joined@example.com',
      passwordHash: 'x',
      firstName: 'Zoé',
      locale: 'fr',
      contest: data.slug,
    });
    // She joined on the contest's first day.
    await t.db.customer.update({
      where: { id: joined.id },
      data: { createdAt: new Date(Date.now() - 3 * DAY) },
    });
    const before = await getContestAttribution(t.db, id);
    const buy = (shopId: string, channel: 'STORE' | 'ESHOP', amount: number, daysAgo: number) =>
      recordPurchase(t.db, {
        shopId,
        channel,
        externalId: `ATT-${amount}-${daysAgo}`,
        ...(channel === 'ESHOP' || daysAgo < 1 ? { customer: joined } : {}),
        amount,
        currency: 'EUR',
        occurredAt: new Date(Date.now() - daysAgo * DAY),
      });
    await buy(store.id, 'STORE', 4_000, 0.5);
    await buy(eshop.id, 'ESHOP', 2_500, 0.25);
    await buy(store.id, 'STORE', 10_000, 2);
    await buy(store.id, 'STORE', 6_000, 6);
    const after = await getContestAttribution(t.db, id);
    expect(after.newMembers).toBe(1);
    expect(after.newMemberSales).toEqual([
      { channel: 'STORE', currency: 'EUR', purchases: 1, amount: 4_000 },
      { channel: 'ESHOP', currency: 'EUR', purchases: 1, amount: 2_500 },
    ]);
    expect(after.storeDuring.visits - before.storeDuring.visits).toBe(2);
    expect(after.storeBefore.visits - before.storeBefore.visits).toBe(1);
  });
});
