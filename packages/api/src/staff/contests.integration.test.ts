import { makeCustomer } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { customerRouter } from '../customer/index.ts';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';
import { createCallerFactory } from '../trpc.ts';

const s = setUpStaffCallers();
const customerCaller = createCallerFactory(customerRouter);
const asCustomer = (id?: string, clientAddress = '198.51.100.7') =>
  customerCaller({ db: s.db, customer: id ? { id } : undefined, clientAddress, response: {} });

const DAY = 24 * 3_600_000;
let slugs = 0;

const contest = (overrides: object = {}) => ({
  slug: `winter-looks-${++slugs}`,
  titleEn: 'Winter looks',
  titleFr: 'Looks d’hiver',
  textEn: 'Post your look with #FideleWinter',
  textFr: 'Publiez votre look avec #FideleWinter',
  rulesEn: 'Rules',
  rulesFr: 'Règlement',
  networks: ['INSTAGRAM' as const],
  hashtag: '#FideleWinter',
  startsAt: new Date(Date.now() - DAY),
  endsAt: new Date(Date.now() + 7 * DAY),
  entryPoints: 50,
  prizeKind: 'POINTS' as const,
  prizePoints: 500,
  winnerCount: 3,
  ...overrides,
});

describe('contests through the API', () => {
  it('refuses bad input with a 400 naming the field, saving nothing', async () => {
    const marketing = s.as('MARKETING');
    const before = await s.db.contest.count();
    for (const [bad, field] of [
      [{ winnerCount: 0 }, 'winnerCount'],
      [{ startsAt: new Date(Date.now() + DAY), endsAt: new Date() }, 'endsAt'],
      [{ postUrl: 'https://www.tiktok.com/@brand/video/7440000000000000001' }, 'postUrl'],
    ] as const) {
      const error = await rejection(marketing.contests.create(contest(bad)));
      expect(error.code).toBe('BAD_REQUEST');
      expect(JSON.stringify(error.cause)).toContain(field);
    }
    expect(await s.db.contest.count()).toBe(before);
  });

  it('is for the programme’s managers: support and shop managers cannot run contests', async () => {
    for (const role of ['SUPPORT', 'STORE_MANAGER'] as const)
      expect((await rejection(s.as(role).contests.list({}))).code).toBe('FORBIDDEN');
  });

  it('shows a visitor the public page; a member enters, sees only her entries, and is paid once approved', async () => {
    const data = contest();
    const { id } = await s.as('MARKETING').contests.create(data);
    const visitor = await asCustomer().contests.bySlug({ slug: data.slug.toUpperCase() });
    expect(visitor).toMatchObject({ id, hashtag: 'FideleWinter', entries: [] });

    const camille = await makeCustomer(s.db);
    const other = await makeCustomer(s.db);
    const entry = await asCustomer(camille.id).contests.enter({
      contestId: id,
      network: 'INSTAGRAM',
      postUrl: 'instagram.com/p/CamillePost1/?igsh=x',
      handle: '@Camille.M',
    });
    expect((await asCustomer(other.id).contests.bySlug({ slug: data.slug })).entries).toEqual([]);
    expect(
      (await asCustomer(camille.id).contests.bySlug({ slug: data.slug })).entries,
    ).toMatchObject([
      { id: entry.id, postUrl: 'https://www.instagram.com/p/CamillePost1/', handle: 'camille.m' },
    ]);

    const tiktok = await rejection(
      asCustomer(other.id).contests.enter({
        contestId: id,
        network: 'INSTAGRAM',
        postUrl: 'https://www.tiktok.com/@someone/video/7440000000000000001',
        handle: 'someone',
      }),
    );
    expect(tiktok.code).toBe('BAD_REQUEST');
    expect(tiktok.message).toContain('This is a TikTok link');

    const marketing = s.as('MARKETING');
    expect(
      (
        await rejection(
          marketing.contests.moderate({ contestId: id, entryIds: [entry.id], decision: 'REJECT' }),
        )
      ).code,
    ).toBe('BAD_REQUEST');
    await marketing.contests.moderate({ contestId: id, entryIds: [entry.id], decision: 'APPROVE' });
    const { items } = await asCustomer(camille.id).movements({});
    expect(items[0]).toMatchObject({
      points: 50,
      channel: 'SOCIAL',
      contest: { title: { en: 'Winter looks', fr: 'Looks d’hiver' } },
    });
    const entries = await marketing.contests.entries({ contestId: id, status: 'APPROVED' });
    expect(entries.rows).toMatchObject([
      { id: entry.id, customer: { id: camille.id }, moderatedBy: { name: 'MARKETING' } },
    ]);
  });

  it('limits a member’s entries in a short time', async () => {
    const { id } = await s.as('MARKETING').contests.create(contest({ entriesPerCustomer: 100 }));
    const camille = await makeCustomer(s.db);
    const enter = (index: number) =>
      asCustomer(camille.id).contests.enter({
        contestId: id,
        network: 'INSTAGRAM',
        postUrl: `https://www.instagram.com/p/Flood${index}xyz/`,
        handle: 'camille.m',
      });
    for (let index = 0; index < 10; index++) await enter(index);
    expect((await rejection(enter(10))).code).toBe('TOO_MANY_REQUESTS');
    expect(await s.db.contestEntry.count({ where: { customerId: camille.id } })).toBe(10);
  });
});

describe('importing a social tool’s export', () => {
  const csvOf = (rows: string[]) => ['network,post_url,handle,email', ...rows].join('\n');
  const post = (index: number) =>
    `instagram,https://www.instagram.com/p/Import${index}x/?igsh=abc,entrant_${index},`;

  it('imports 10,000 rows at once, and the same file again adds nothing', async () => {
    const marketing = s.as('MARKETING');
    const { id } = await marketing.contests.create(contest());
    const csv = csvOf(Array.from({ length: 10_000 }, (_, index) => post(index)));
    const preview = await marketing.contests.importEntries({ contestId: id, csv });
    expect(preview).toMatchObject({
      entries: 10_000,
      added: 10_000,
      alreadyIn: 0,
      imported: false,
    });
    expect(await s.db.contestEntry.count({ where: { contestId: id } })).toBe(0);
    const imported = await marketing.contests.importEntries({ contestId: id, csv, preview: false });
    expect(imported).toMatchObject({ added: 10_000, imported: true, problems: [] });
    const again = await marketing.contests.importEntries({ contestId: id, csv, preview: false });
    expect(again).toMatchObject({ added: 0, alreadyIn: 10_000 });
    expect(await s.db.contestEntry.count({ where: { contestId: id, source: 'IMPORT' } })).toBe(
      10_000,
    );
  });

  it('lists every bad row and imports nothing from a file that has one', async () => {
    const marketing = s.as('MARKETING');
    const { id } = await marketing.contests.create(contest());
    const csv = csvOf([
      post(1),
      'instagram,https://www.tiktok.com/@a/video/7440000000000000001,a,',
      post(2),
      post(1),
    ]);
    const preview = await marketing.contests.importEntries({ contestId: id, csv });
    expect(preview).toMatchObject({ entries: 2, duplicates: 1, problems: [{ line: 3 }] });
    const refused = await rejection(
      marketing.contests.importEntries({ contestId: id, csv, preview: false }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toContain('line 3');
    expect(await s.db.contestEntry.count({ where: { contestId: id } })).toBe(0);
  });

  it('gives a member her imported entries, and a newcomer hers when she joins with that email', async () => {
    const marketing = s.as('MARKETING');
    const { id } = await marketing.contests.create(contest({ entryPoints: 25 }));
    const member = await makeCustomer(s.db);
    await marketing.contests.importEntries({
      contestId: id,
      preview: false,
      csv: csvOf([
        `instagram,https://www.instagram.com/p/Member1x/,member_1,${member.email.toUpperCase()}`,
        'tiktok,https://www.tiktok.com/@newcomer/video/7440000000000000009,,newcomer@example.com',
      ]),
    });
    const entries = await s.db.contestEntry.findMany({
      where: { contestId: id },
      orderBy: { handle: 'asc' },
      select: { id: true, customerId: true, number: true, handle: true },
    });
    expect(entries).toMatchObject([
      { customerId: member.id, number: 1, handle: 'member_1' },
      { customerId: null, number: null, handle: 'newcomer' },
    ]);
    await marketing.contests.moderate({
      contestId: id,
      entryIds: entries.map((entry) => entry.id),
      decision: 'APPROVE',
    });
    const joined = await makeCustomer(s.db, { email: 'newcomer@example.com' });
    expect(joined.pointsBalance).toBe(25);
    expect(
      await s.db.contestEntry.findUniqueOrThrow({
        where: { id: entries[1]!.id },
        select: { customerId: true, number: true },
      }),
    ).toEqual({ customerId: joined.id, number: 1 });
  });
});
