import { makeReward } from '@fidele/core/testing';
import type { GameInput } from '@fidele/validators';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const s = setUpStaffCallers();

const HOUR = 3_600_000;

const prize = (kind: 'POINTS' | 'REWARD' | 'TRY_AGAIN', weight: number, extra: object = {}) => ({
  kind,
  labelEn: kind,
  labelFr: kind,
  weight,
  ...extra,
});

const wheel = (rewardId: string, weights = [3_000, 2_000, 5_000]) => ({
  type: 'SPIN_WHEEL' as const,
  titleEn: 'Spin the wheel',
  titleFr: 'Tournez la roue',
  textEn: 'One spin a day',
  textFr: 'Un tour par jour',
  rulesEn: 'Rules',
  rulesFr: 'Règlement',
  startsAt: new Date(Date.now() - HOUR),
  endsAt: new Date(Date.now() + 7 * 24 * HOUR),
  pointsBudgetPerDay: 5_000,
  prizes: [
    prize('POINTS', weights[0]!, { points: 10 }),
    prize('REWARD', weights[1]!, { rewardId, stock: 20 }),
    prize('TRY_AGAIN', weights[2]!),
  ],
});

describe('games in the admin', () => {
  it('lets marketing create, edit, list and archive a game', async () => {
    const reward = await makeReward(s.db);
    const marketing = s.as('MARKETING');
    const { id } = await marketing.games.create(wheel(reward.id));
    const game = await marketing.games.get({ gameId: id });
    expect(game).toMatchObject({ status: 'running', tableVersion: 1, plays: 0 });

    const data = { ...wheel(reward.id), prizes: game.prizes } satisfies Partial<GameInput>;
    data.prizes[0] = { ...data.prizes[0]!, points: 15 };
    expect(await marketing.games.update({ gameId: id, data })).toEqual({ id, tableVersion: 2 });
    const saved = await marketing.games.get({ gameId: id });
    expect(saved.prizes.map((row) => row.id)).toEqual(game.prizes.map((row) => row.id));
    // Saved again as the form sends it back: the same table, no new version.
    expect(
      await marketing.games.update({ gameId: id, data: { ...data, prizes: saved.prizes } }),
    ).toEqual({ id, tableVersion: 2 });

    const list = await s.as('OWNER').games.list({ status: 'running' });
    expect(list.rows.find((row) => row.id === id)).toMatchObject({ status: 'running', plays: 0 });
    await marketing.games.setArchived({ gameId: id, archived: true });
    expect((await marketing.games.get({ gameId: id })).status).toBe('archived');
    await marketing.games.setArchived({ gameId: id, archived: false });
    expect((await marketing.games.get({ gameId: id })).status).toBe('running');
  });

  it('refuses chances that do not add up to 100 %, naming the field, and an archived reward', async () => {
    const reward = await makeReward(s.db);
    const marketing = s.as('MARKETING');
    const short = await rejection(marketing.games.create(wheel(reward.id, [3_000, 1_000, 5_000])));
    expect(short.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(short.cause)).toContain('add up to 100 %');
    await s.db.reward.update({ where: { id: reward.id }, data: { archivedAt: new Date() } });
    expect((await rejection(marketing.games.create(wheel(reward.id)))).cause?.code).toBe(
      'game_reward_not_available',
    );
  });

  it('is for the programme managers only', async () => {
    const reward = await makeReward(s.db);
    for (const role of ['SUPPORT', 'STORE_MANAGER'] as const) {
      const caller = s.as(role);
      expect((await rejection(caller.games.create(wheel(reward.id)))).code).toBe('FORBIDDEN');
      expect((await rejection(caller.games.list({}))).code).toBe('FORBIDDEN');
    }
  });
});
