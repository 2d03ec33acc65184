import { randomUUID } from 'node:crypto';
import type { Db, Prisma, ShopKind, StaffRole } from '@fidele/db';
import { type ApiScope, createApiKey } from '../api-keys/index.ts';
import { createCustomer, type CustomerSummary, type NewCustomer } from '../customers/index.ts';
import { openGamePeriods, type StoredPrize } from '../games/index.ts';
import { recordMovement } from '../ledger/index.ts';

/** Test data made through the domain functions, unique per call so tests never collide. */

export const makeShop = async (db: Db, input: { kind?: ShopKind; name?: string } = {}) =>
  db.shop.create({
    data: { name: input.name ?? `Shop ${randomUUID().slice(0, 8)}`, kind: input.kind ?? 'STORE' },
    select: { id: true, name: true, kind: true },
  });

export const makeApiKey = async (
  db: Db,
  input: { shopId: string; scopes?: readonly ApiScope[] },
): Promise<string> =>
  (
    await db.$transaction((tx) =>
      createApiKey(tx, { shopId: input.shopId, name: 'Test till', scopes: input.scopes }),
    )
  ).key;

export const makeCustomer = async (
  db: Db,
  input: Partial<NewCustomer> = {},
): Promise<CustomerSummary> =>
  db.$transaction((tx) =>
    createCustomer(tx, {
      email: `customer-${randomUUID()}@example.com`,
      firstName: 'Test',
      signUpSource: 'ORGANIC',
      ...input,
    }),
  );

export const givePoints = async (db: Db, customerId: string, points: number) =>
  db.$transaction((tx) =>
    recordMovement(tx, {
      customerId,
      type: 'ADJUST',
      channel: 'ADMIN',
      points,
      source: { type: 'TEST' },
    }),
  );

export const makeReward = async (db: Db, input: Partial<Prisma.RewardUncheckedCreateInput> = {}) =>
  db.reward.create({
    data: {
      nameEn: '10 € off',
      nameFr: '10 € de réduction',
      pointsCost: 100,
      discountType: 'FIXED_AMOUNT',
      discountValue: 1_000,
      channels: 'BOTH',
      validityDays: 30,
      ...input,
    },
    select: { id: true, pointsCost: true },
  });

/** A staff member of `role`; give `passwordHash` to sign in with it (e2e). */
export const makeStaffUser = async (
  db: Db,
  input: { role: StaffRole; passwordHash?: string; email?: string; name?: string },
) =>
  db.staffUser.create({
    data: {
      email: input.email ?? `${input.role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`,
      name: input.name ?? `Test ${input.role.toLowerCase()}`,
      passwordHash: input.passwordHash ?? 'not-a-password-hash',
      role: input.role,
    },
    select: { id: true, email: true },
  });

/** A live VIP offer (a 20 % code, open for two days) for the given tiers and/or segments. */
export const makeOffer = async (
  db: Db,
  input: Partial<Prisma.OfferUncheckedCreateInput> & { tierIds?: string[]; segmentIds?: string[] },
) => {
  const { tierIds = [], segmentIds = [], ...data } = input;
  return db.offer.create({
    data: {
      titleEn: 'VIP: 20 % off',
      titleFr: 'VIP : 20 % de réduction',
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 48 * 3_600_000),
      channels: 'BOTH',
      benefit: 'DISCOUNT_CODE',
      discountType: 'PERCENTAGE',
      discountValue: 20,
      ...data,
      tiers: { create: tierIds.map((tierId) => ({ tierId })) },
      segments: { create: segmentIds.map((segmentId) => ({ segmentId })) },
    },
    select: { id: true },
  });
};

/**
 * A live game (started an hour ago, for two days) with its prize table as version 1 and its
 * periods opened: the rows the admin's editor writes, made directly so the play's tests do not
 * depend on the editor.
 */
export const makeGame = async (
  db: Db,
  input: Partial<Omit<Prisma.GameUncheckedCreateInput, 'tableVersion'>> & {
    prizes?: StoredPrize[];
    tierIds?: string[];
  } = {},
) => {
  const { prizes, tierIds = [], ...data } = input;
  return db.$transaction(async (tx) => {
    const game = await tx.game.create({
      data: {
        type: 'SPIN_WHEEL',
        titleEn: 'Spin',
        titleFr: 'Tournez',
        textEn: 'Spin the wheel',
        textFr: 'Tournez la roue',
        rulesEn: 'Rules',
        rulesFr: 'Règlement',
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(Date.now() + 48 * 3_600_000),
        ...data,
        tableVersion: prizes ? 1 : 0,
        tiers: { create: tierIds.map((tierId) => ({ tierId })) },
        ...(prizes ? { prizeTables: { create: { version: 1, prizes } } } : {}),
      },
      select: { id: true, startsAt: true, endsAt: true, periodDays: true },
    });
    await openGamePeriods(tx, game, game.startsAt);
    return game;
  });
};
