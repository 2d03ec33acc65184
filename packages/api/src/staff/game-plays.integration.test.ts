import { randomUUID } from 'node:crypto';
import { playGame, type StoredPrize } from '@fidele/core/games';
import { ledgerViolations, makeCustomer, makeGame, makeReward } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const s = setUpStaffCallers();

const stored = (
  id: string,
  kind: StoredPrize['kind'],
  weight: number,
  extra: Partial<StoredPrize> = {},
): StoredPrize => ({
  id,
  kind,
  labelEn: id,
  labelFr: id,
  points: null,
  rewardId: null,
  weight,
  stock: null,
  paced: false,
  ...extra,
});

const play = (
  gameId: string,
  customerId: string,
  extra: { ip?: string; device?: string; now?: Date } = {},
) => playGame(s.db, { gameId, customerId, playId: randomUUID(), ...extra });

describe('game plays in the admin', () => {
  it('shows the points given per day against the budget, the stock left and the top players', async () => {
    const reward = await makeReward(s.db);
    const game = await makeGame(s.db, {
      prizes: [
        stored('ten', 'POINTS', 5_000, { points: 10 }),
        stored('code', 'REWARD', 5_000, { rewardId: reward.id, stock: 100 }),
      ],
      pointsBudgetPerDay: 1_000,
    });
    const players = await Promise.all(
      Array.from({ length: 6 }, async () => (await makeCustomer(s.db)).id),
    );
    const results = await Promise.all(players.map((customerId) => play(game.id, customerId)));
    const points = results.reduce((sum, result) => sum + result.points, 0);
    const codes = results.filter((result) => result.code).length;
    const activity = await s.as('MARKETING').gamePlays.activity({ gameId: game.id });
    expect(activity.budget).toEqual({ perDay: 1_000, total: null });
    expect(activity.days).toEqual([
      expect.objectContaining({ plays: 6, players: 6, winners: 6, points }),
    ]);
    expect(activity.prizes.find((prize) => prize.id === 'code')).toMatchObject({
      given: codes,
      stockLeft: 100 - codes,
    });
    expect(activity.topPlayers).toHaveLength(6);
    expect(
      (await rejection(s.as('STORE_MANAGER').gamePlays.activity({ gameId: game.id }))).code,
    ).toBe('FORBIDDEN');
  });

  it('flags an address or a device many players share and plays at machine speed', async () => {
    const game = await makeGame(s.db, {
      prizes: [stored('again', 'TRY_AGAIN', 10_000)],
      playsPerDay: 10,
    });
    for (let i = 0; i < 3; i++)
      await play(game.id, (await makeCustomer(s.db)).id, { ip: '203.0.113.9', device: 'phone-1' });
    const fast = (await makeCustomer(s.db)).id;
    const start = Date.now();
    for (let i = 0; i < 3; i++) await play(game.id, fast, { now: new Date(start + i * 300) });
    const suspicions = await s.as('OWNER').gamePlays.suspicions({ gameId: game.id });
    expect(suspicions.sharedAddresses).toEqual([{ ip: '203.0.113.9', players: 3, plays: 3 }]);
    expect(suspicions.sharedDevices).toEqual([{ device: 'phone-1', players: 3, plays: 3 }]);
    expect(suspicions.machineSpeed).toEqual([
      expect.objectContaining({ customerId: fast, fastPlays: 2, shortestGapMs: 300 }),
    ]);
  });

  it('voids a play once: its points taken back through the ledger, its unused code cancelled, audited', async () => {
    const reward = await makeReward(s.db);
    const pointsGame = await makeGame(s.db, {
      prizes: [stored('fifty', 'POINTS', 10_000, { points: 50 })],
    });
    const codeGame = await makeGame(s.db, {
      prizes: [stored('code', 'REWARD', 10_000, { rewardId: reward.id })],
    });
    const customerId = (await makeCustomer(s.db)).id;
    const won = await play(pointsGame.id, customerId);
    const coded = await play(codeGame.id, customerId);
    const owner = s.as('OWNER');
    expect(await owner.gamePlays.void({ playId: won.playId, reason: 'Scripted account' })).toEqual({
      playId: won.playId,
      pointsTaken: 50,
      codeCancelled: false,
    });
    expect(
      await owner.gamePlays.void({ playId: coded.playId, reason: 'Scripted account' }),
    ).toMatchObject({ codeCancelled: true });
    expect(
      (await rejection(owner.gamePlays.void({ playId: won.playId, reason: 'Again' }))).cause?.code,
    ).toBe('game_play_voided');
    const account = await s.db.account.findUniqueOrThrow({ where: { customerId } });
    expect(account.balance).toBe(0);
    expect(
      await s.db.discountCode.findUniqueOrThrow({ where: { id: coded.code!.id } }),
    ).toMatchObject({ status: 'CANCELLED' });
    const page = await owner.gamePlays.list({ gameId: pointsGame.id });
    expect(page.items).toEqual([
      expect.objectContaining({ id: won.playId, voidReason: 'Scripted account' }),
    ]);
    expect(
      await s.db.auditLog.count({ where: { action: 'game.play.void', targetId: customerId } }),
    ).toBe(2);
    expect(await ledgerViolations(s.db)).toEqual([]);
  });

  it('pages through the plays, newest first', async () => {
    const game = await makeGame(s.db, {
      prizes: [stored('again', 'TRY_AGAIN', 10_000)],
      playsPerDay: 5,
    });
    const customerId = (await makeCustomer(s.db)).id;
    for (let i = 0; i < 5; i++)
      await play(game.id, customerId, { now: new Date(Date.now() + i * 10_000) });
    const caller = s.as('MARKETING');
    const seen: number[] = [];
    let page = await caller.gamePlays.list({ gameId: game.id, limit: 2 });
    seen.push(...page.items.map((row) => row.playedAt.getTime()));
    while (page.next) {
      page = await caller.gamePlays.list({ gameId: game.id, limit: 2, before: page.next });
      seen.push(...page.items.map((row) => row.playedAt.getTime()));
    }
    expect(seen).toHaveLength(5);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
  });
});
