import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCustomer } from '../customers/sign-up.ts';
import { eraseCustomer } from '../privacy/erasure.ts';
import { makeStaffUser, refusal } from '../testing/index.ts';
import { createContest } from './contest-admin.ts';
import { contestData } from './contest-fixtures.ts';
import { drawContestWinners, freezeContestDraw } from './contest-draw-admin.ts';
import { moderateContestEntries } from './contest-entries.ts';
import { decideEntryClaim } from './entrant-link.ts';
import { importContestEntries } from './entry-import.ts';

let t: TestDatabase;
let staffUserId: string;
let posts = 0;

const postUrl = () => `https://www.instagram.com/p/Claim${++posts}abc/`;

/** A contest whose entries are imported from a social tool's export, all approved. */
const contestWith = async (entries: { handle: string; email?: string }[], winnerCount = 1) => {
  const data = contestData({
    networks: ['INSTAGRAM'],
    entryPoints: 50,
    prizePoints: 300,
    winnerCount,
  });
  const { id } = await t.db.$transaction((tx) => createContest(tx, data, staffUserId));
  await t.db.$transaction((tx) =>
    importContestEntries(tx, {
      contestId: id,
      entries: entries.map((entry) => ({
        network: 'INSTAGRAM' as const,
        postUrl: postUrl(),
        handle: entry.handle,
        email: entry.email ?? null,
      })),
      staffUserId,
      preview: false,
    }),
  );
  const ids = await t.db.contestEntry.findMany({ where: { contestId: id }, select: { id: true } });
  await t.db.$transaction((tx) =>
    moderateContestEntries(tx, {
      contestId: id,
      entryIds: ids.map((entry) => entry.id),
      decision: 'APPROVE',
      reason: null,
      staffUserId,
    }),
  );
  return id;
};

const joinAs = (handle: string | undefined, name = 'Zoé') =>
  signUpCustomer(t.db, {
    email: `${name.toLowerCase()}-${++posts}@example.com`,
    passwordHash: 'x',
    firstName: name,
    locale: 'en',
    socialHandle: handle,
  });

const decide = (contestId: string, entryId: string, decision: 'CONFIRM' | 'REFUSE') =>
  t.db.$transaction((tx) => decideEntryClaim(tx, { contestId, entryId, decision, staffUserId }));

const socialPointsOf = async (customerId: string) =>
  (
    await t.db.movement.aggregate({
      where: { customerId, channel: 'SOCIAL' },
      _sum: { points: true },
    })
  )._sum.points ?? 0;

const entriesOf = (contestId: string) =>
  t.db.contestEntry.findMany({
    where: { contestId },
    orderBy: { handle: 'asc' },
    select: { id: true, handle: true, customerId: true, claimedById: true, number: true },
  });

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
});
afterAll(() => t.drop());

describe('an imported entrant who joins with her handle', () => {
  it('claims her entries, which become hers with their points and prize only once a moderator confirms', async () => {
    const contestId = await contestWith([{ handle: 'zoe.posts' }]);
    await t.db.$transaction((tx) => freezeContestDraw(tx, { contestId, staffUserId }));
    await t.db.$transaction((tx) => drawContestWinners(tx, { contestId, staffUserId }));

    const zoe = await joinAs('zoe.posts');
    const [claimed] = await entriesOf(contestId);
    expect(claimed).toMatchObject({ customerId: null, claimedById: zoe.id });
    // A handle typed in a form proves nothing: no points, no prize yet.
    expect(await socialPointsOf(zoe.id)).toBe(0);

    await decide(contestId, claimed!.id, 'CONFIRM');
    expect((await entriesOf(contestId))[0]).toMatchObject({
      customerId: zoe.id,
      claimedById: null,
      number: 1,
    });
    expect(await socialPointsOf(zoe.id)).toBe(50 + 300);
    expect(
      await t.db.notification.count({ where: { customerId: zoe.id, kind: 'CONTEST_WON' } }),
    ).toBe(1);
    expect(
      await t.db.auditLog.count({
        where: { action: 'contest.entry.claim_confirm', targetId: contestId },
      }),
    ).toBe(1);
    // Decided once: asked again, there is nothing to decide and nothing is paid twice.
    expect(await refusal(decide(contestId, claimed!.id, 'CONFIRM'))).toBe(
      'contest_entry_not_claimed',
    );
    expect(await socialPointsOf(zoe.id)).toBe(350);
  });

  it('claims only entries without an email that nobody claimed, and a refusal frees them', async () => {
    const contestId = await contestWith([
      { handle: 'noa.looks' },
      { handle: 'noa.looks', email: 'someone.else@example.com' },
    ]);
    const noa = await joinAs('noa.looks', 'Noa');
    const second = await joinAs('noa.looks', 'Eva');
    const entries = await entriesOf(contestId);
    expect(entries.map((entry) => entry.claimedById).sort()).toEqual([noa.id, null].sort());
    expect(entries.every((entry) => entry.claimedById !== second.id)).toBe(true);

    const claimed = entries.find((entry) => entry.claimedById)!;
    await decide(contestId, claimed.id, 'REFUSE');
    expect((await entriesOf(contestId)).every((entry) => !entry.claimedById)).toBe(true);
    expect(await socialPointsOf(noa.id)).toBe(0);
    expect(await refusal(decide(contestId, claimed.id, 'REFUSE'))).toBe(
      'contest_entry_not_claimed',
    );
    expect(
      await refusal(decide(contestId, '00000000-0000-4000-8000-000000000000', 'CONFIRM')),
    ).toBe('contest_entry_not_found');
  });

  it('numbers a confirmed entry after those she entered herself, and an erased member’s claims go', async () => {
    const contestId = await contestWith([{ handle: 'ines.style' }, { handle: 'ada.style' }], 2);
    const ines = await joinAs('ines.style', 'Ines');
    await t.db.contestEntry.create({
      data: {
        contestId,
        customerId: ines.id,
        number: 1,
        network: 'INSTAGRAM',
        postUrl: postUrl(),
        handle: 'ines.style',
        source: 'PORTAL',
      },
    });
    const imported = (await entriesOf(contestId)).find((entry) => entry.claimedById === ines.id)!;
    await decide(contestId, imported.id, 'CONFIRM');
    expect((await t.db.contestEntry.findUniqueOrThrow({ where: { id: imported.id } })).number).toBe(
      2,
    );

    const ada = await joinAs('ada.style', 'Ada');
    await t.db.$transaction((tx) =>
      eraseCustomer(tx, { customerId: ada.id, actor: { type: 'SYSTEM' } }),
    );
    expect(await t.db.contestEntry.count({ where: { claimedById: ada.id } })).toBe(0);
  });
});
