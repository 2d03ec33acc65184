import type { Db } from '@fidele/db';
import { AppError } from '../errors.ts';
import { normalizeCode } from './code-format.ts';
import { discountTermsSelect, toDiscountView } from './terms.ts';

/** A code and its whole life, for support: who holds it, what it gives, every event and use. */
export const getCodeLife = async (db: Db, input: { code: string }) => {
  const code = await db.discountCode.findUnique({
    where: { code: normalizeCode(input.code) },
    select: {
      id: true,
      code: true,
      status: true,
      pointsCost: true,
      validFrom: true,
      validUntil: true,
      createdAt: true,
      redeemedAt: true,
      cancelledAt: true,
      cancelReason: true,
      customer: {
        select: { id: true, firstName: true, lastName: true, email: true, memberCode: true },
      },
      reward: { select: { id: true, nameEn: true, nameFr: true } },
      offer: { select: { id: true, titleEn: true, titleFr: true } },
      events: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          type: true,
          channel: true,
          shopId: true,
          actorType: true,
          actorId: true,
          detail: true,
          createdAt: true,
        },
      },
      redemptions: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          status: true,
          channel: true,
          basketAmount: true,
          amountOff: true,
          currency: true,
          purchaseExternalId: true,
          createdAt: true,
          rolledBackAt: true,
          shop: { select: { id: true, name: true } },
        },
      },
      ...discountTermsSelect,
    },
  });
  if (!code) throw new AppError('code_not_found');
  const shopIds = [...new Set(code.events.flatMap((e) => (e.shopId ? [e.shopId] : [])))];
  const shops = await db.shop.findMany({
    where: { id: { in: shopIds } },
    select: { id: true, name: true },
  });
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  return {
    ...code,
    discount: toDiscountView(code),
    expired: code.status === 'ACTIVE' && code.validUntil <= new Date(),
    events: code.events.map(({ id, ...event }) => ({
      ...event,
      id: id.toString(),
      shopName: event.shopId ? (shopName.get(event.shopId) ?? null) : null,
    })),
  };
};

/** Redemptions, newest first, for one shop or all, a page at a time. */
export const listRedemptions = async (
  db: Db,
  input: { shopId?: string; page: number; pageSize: number },
) => {
  const where = input.shopId ? { shopId: input.shopId } : {};
  const [total, rows] = await Promise.all([
    db.redemption.count({ where }),
    db.redemption.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        status: true,
        channel: true,
        basketAmount: true,
        amountOff: true,
        currency: true,
        purchaseExternalId: true,
        createdAt: true,
        rolledBackAt: true,
        shop: { select: { id: true, name: true } },
        code: {
          select: {
            code: true,
            customer: { select: { id: true, firstName: true, lastName: true } },
          },
        },
      },
    }),
  ]);
  return { total, rows };
};
