import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeReward, makeStaffUser } from '../testing/index.ts';
import { type ContestData, createContest } from './contest-admin.ts';
import { contestData } from './contest-fixtures.ts';
import {
  disqualifyContestWinner,
  drawContestWinners,
  freezeContestDraw,
} from './contest-draw-admin.ts';
import { moderateContestEntries, submitContestEntry } from './contest-entries.ts';
import { importContestEntries } from './entry-import.ts';
import { queueWinnerMessages } from './winner-messages.ts';

let t: TestDatabase;
let staffUserId: string;

let posts = 0;
let phones = 0;

const contest = (overrides: Partial<ContestData> = {}) =>
  contestData({
    networks: ['INSTAGRAM'],
    entryPoints: 0,
    prizePoints: 300,
    winnerCount: 1,
    ...overrides,
  });

const postUrl = () => `https://www.instagram.com/p/Won${++posts}abc/`;

/** A member with a phone who agreed to emails, not to SMS. */
const emailOnly = () =>
  makeCustomer(t.db, {
    phone: `+3361100${String(++phones).padStart(4, '0')}`,
    consents: { email: true },
  });

const approveAll = async (contestId: string) => {
  const entries = await t.db.contestEntry.findMany({ where: { contestId }, select: { id: true } });
  await t.db.$transaction((tx) =>
    moderateContestEntries(tx, {
      contestId,
      entryIds: entries.map((entry) => entry.id),
      decision: 'APPROVE',
      reason: null,
      staffUserId,
    }),
  );
};

const freezeAndDraw = async (contestId: string) => {
  await t.db.$transaction((tx) => freezeContestDraw(tx, { contestId, staffUserId }));
  await t.db.$transaction((tx) => drawContestWinners(tx, { contestId, staffUserId }));
};

const messagesOf = (customerId: string) =>
  t.db.message.findMany({
    where: { customerId, kind: 'CONTEST_WON' },
    orderBy: { channel: 'asc' },
    select: {
      channel: true,
      status: true,
      hold: true,
      marketing: true,
      reference: true,
      data: true,
    },
  });

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
});
afterAll(() => t.drop());

describe('telling the winners', () => {
  it('queues her win by email and keeps the SMS she did not agree to as skipped; her replacement is told too', async () => {
    const data = contest();
    const { id } = await t.db.$transaction((tx) => createContest(tx, data, staffUserId));
    const entrants = [await emailOnly(), await emailOnly()];
    for (const entrant of entrants)
      await submitContestEntry(t.db, {
        contestId: id,
        customerId: entrant.id,
        network: 'INSTAGRAM',
        postUrl: postUrl(),
        handle: `entrant.${entrant.id.slice(0, 8)}`,
      });
    await approveAll(id);
    await freezeAndDraw(id);

    const winner = await t.db.contestWinner.findFirstOrThrow({ where: { contestId: id } });
    const told = {
      marketing: false,
      reference: winner.id,
      data: {
        contestSlug: data.slug,
        nameEn: 'Spring looks',
        nameFr: 'Looks de printemps',
        points: 300,
        reward: null,
      },
    };
    expect(await messagesOf(winner.customerId!)).toEqual([
      { ...told, channel: 'EMAIL', status: 'QUEUED', hold: null },
      { ...told, channel: 'SMS', status: 'SKIPPED', hold: 'NO_CONSENT' },
    ]);
    const other = entrants.find((entrant) => entrant.id !== winner.customerId)!;
    expect(await messagesOf(other.id)).toEqual([]);
    // Queued again (a retry), she is not told twice.
    expect(await t.db.$transaction((tx) => queueWinnerMessages(tx, [winner.id]))).toBe(0);

    await t.db.$transaction((tx) =>
      disqualifyContestWinner(tx, {
        contestId: id,
        winnerId: winner.id,
        reason: 'Her post was private',
        staffUserId,
      }),
    );
    const replacement = await t.db.contestWinner.findFirstOrThrow({
      where: { contestId: id, disqualifiedAt: null },
    });
    expect(replacement.customerId).toBe(other.id);
    // Her email had not left yet: it never will.
    expect(await messagesOf(winner.customerId!)).toEqual([
      { ...told, channel: 'EMAIL', status: 'SKIPPED', hold: 'WITHDRAWN' },
      { ...told, channel: 'SMS', status: 'SKIPPED', hold: 'NO_CONSENT' },
    ]);
    expect(await messagesOf(other.id)).toEqual([
      { ...told, reference: replacement.id, channel: 'EMAIL', status: 'QUEUED', hold: null },
      { ...told, reference: replacement.id, channel: 'SMS', status: 'SKIPPED', hold: 'NO_CONSENT' },
    ]);
  });

  it('tells an imported entrant who won before joining when she joins, with her reward’s code', async () => {
    const reward = await makeReward(t.db, { nameEn: 'Tote bag', nameFr: 'Sac cabas' });
    const { id } = await t.db.$transaction((tx) =>
      createContest(tx, contest({ prizePoints: null, prizeRewardId: reward.id }), staffUserId),
    );
    const email = `won-${id}@example.com`;
    await t.db.$transaction((tx) =>
      importContestEntries(tx, {
        contestId: id,
        entries: [{ network: 'INSTAGRAM', postUrl: postUrl(), handle: 'lea.b', email }],
        staffUserId,
        preview: false,
      }),
    );
    await approveAll(id);
    await freezeAndDraw(id);
    // Not a member yet: nobody to tell.
    const drawn = await t.db.contestWinner.findFirstOrThrow({ where: { contestId: id } });
    expect(drawn.customerId).toBeNull();
    expect(await t.db.message.count({ where: { reference: drawn.id } })).toBe(0);

    const lea = await makeCustomer(t.db, {
      email,
      phone: '+33622000001',
      locale: 'fr',
      consents: { email: true, sms: true },
    });
    const winner = await t.db.contestWinner.findUniqueOrThrow({
      where: { id: drawn.id },
      include: { code: { select: { code: true } } },
    });
    expect(winner.customerId).toBe(lea.id);
    const messages = await messagesOf(lea.id);
    expect(messages.map((message) => [message.channel, message.status])).toEqual([
      ['EMAIL', 'QUEUED'],
      ['SMS', 'QUEUED'],
    ]);
    expect(messages[0]!.data).toMatchObject({
      points: null,
      reward: { nameEn: 'Tote bag', nameFr: 'Sac cabas', code: winner.code!.code },
    });
    // …and the portal's bell says so too.
    expect(
      await t.db.notification.findMany({
        where: { customerId: lea.id },
        select: { kind: true, data: true },
      }),
    ).toMatchObject([{ kind: 'CONTEST_WON', data: { nameEn: 'Spring looks' } }]);
  });
});
