import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createCallerFactory, customerRouter } from '@fidele/api';
import { createCustomer } from '@fidele/core/customers';
import { openGamePeriods, type StoredPrize } from '@fidele/core/games';
import { createDb, type Db } from '@fidele/db';

// Game plays under load, through the portal's procedure (`customer.games.play`, its rate limits
// included) called in this process as the portal's route handler calls it, for a different
// customer each time, from a different address each: 32 at once, as the tills' loads.

const PLAYERS = 2_000;

const prize = (id: string, extra: Partial<StoredPrize>): StoredPrize => ({
  id,
  kind: 'POINTS',
  labelEn: id,
  labelFr: id,
  points: null,
  rewardId: null,
  weight: 0,
  stock: null,
  paced: false,
  ...extra,
});

/** A live wheel with a budget that never runs out during the load, and its players. */
export const seedPlays = async (db: Db) => {
  const players: string[] = [];
  while (players.length < PLAYERS)
    players.push(
      ...(await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          db.$transaction(
            async (tx) =>
              (
                await createCustomer(tx, {
                  email: `player-${players.length + j}@example.com`,
                  firstName: 'Player',
                  signUpSource: 'ORGANIC',
                })
              ).id,
          ),
        ),
      )),
    );
  const game = await db.$transaction(async (tx) => {
    const created = await tx.game.create({
      data: {
        type: 'SPIN_WHEEL',
        titleEn: 'Bench wheel',
        titleFr: 'Roue du banc',
        textEn: 'Spin',
        textFr: 'Tournez',
        rulesEn: 'Rules',
        rulesFr: 'Règlement',
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(Date.now() + 86_400_000),
        playsPerDay: 100,
        pointsBudgetPerDay: 100_000_000,
        tableVersion: 1,
        prizeTables: {
          create: {
            version: 1,
            prizes: [
              prize('fifty', { points: 50, weight: 1_000 }),
              prize('five', { points: 5, weight: 4_000 }),
              prize('again', { kind: 'TRY_AGAIN', weight: 5_000 }),
            ],
          },
        },
      },
      select: { id: true, startsAt: true, endsAt: true, periodDays: true },
    });
    await openGamePeriods(tx, created, created.startsAt);
    return created;
  });
  console.log(`seeded a wheel and ${PLAYERS.toLocaleString('en')} players`);
  return { gameId: game.id, players };
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/** Plays for `seconds` with `connections` plays in flight, as `drive` measures an endpoint. */
export const drivePlays = async (input: {
  url: string;
  gameId: string;
  players: string[];
  connections: number;
  seconds: number;
}) => {
  // The portal's pool: one per process, as many connections as plays in flight.
  const db = createDb(input.url, { max: input.connections });
  const createCaller = createCallerFactory(customerRouter);
  const callers = input.players.map((id, i) =>
    createCaller({
      db,
      customer: { id },
      clientAddress: `10.${(i >> 8) & 255}.${i & 255}.1`,
      response: {},
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + input.seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const caller = callers[next++ % callers.length]!;
      const start = performance.now();
      try {
        await caller.games.play({ gameId: input.gameId, playId: randomUUID() });
        latencies.push(performance.now() - start);
      } catch (error) {
        if (errors++ === 0) console.error('first play error:', error);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: input.connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  await db.$disconnect();
  latencies.sort((a, b) => a - b);
  return {
    name: 'customer.games.play (portal procedure)',
    rps: latencies.length / elapsed,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    errors,
    requests: latencies.length + errors,
  };
};
