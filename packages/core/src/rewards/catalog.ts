import type { CodeStatus, Db, RewardChannels } from '@fidele/db';
import { discountTermsSelect, type DiscountView, toDiscountView } from './terms.ts';

export type CatalogReward = {
  id: string;
  name: { en: string; fr: string };
  description: { en: string; fr: string };
  imageUrl: string | null;
  pointsCost: number;
  discount: DiscountView;
  stock: number | null;
  minTier: { code: string; name: string } | null;
  /** Points the customer still needs (0 when affordable). */
  pointsMissing: number;
  /** False when the customer's tier is below the reward's minimum. */
  tierAllows: boolean;
};

/** What a customer can claim now: live rewards, with what is missing for the others. */
export const listCatalogFor = async (
  db: Db,
  input: { customerId: string; now?: Date; channels?: RewardChannels[] },
): Promise<CatalogReward[]> => {
  const now = input.now ?? new Date();
  const customer = await db.customer.findUniqueOrThrow({
    where: { id: input.customerId },
    select: { account: { select: { balance: true } }, tier: { select: { rank: true } } },
  });
  const balance = customer.account?.balance ?? 0;
  const rewards = await db.reward.findMany({
    where: {
      archivedAt: null,
      AND: [
        { OR: [{ validFrom: null }, { validFrom: { lte: now } }] },
        { OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
      ],
      ...(input.channels ? { channels: { in: input.channels } } : {}),
    },
    orderBy: [{ pointsCost: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      nameEn: true,
      nameFr: true,
      descriptionEn: true,
      descriptionFr: true,
      imageUrl: true,
      pointsCost: true,
      stock: true,
      minTier: { select: { code: true, name: true, rank: true } },
      ...discountTermsSelect,
    },
  });
  return rewards.map((reward) => ({
    id: reward.id,
    name: { en: reward.nameEn, fr: reward.nameFr },
    description: { en: reward.descriptionEn, fr: reward.descriptionFr },
    imageUrl: reward.imageUrl,
    pointsCost: reward.pointsCost,
    discount: toDiscountView(reward),
    stock: reward.stock,
    minTier: reward.minTier && { code: reward.minTier.code, name: reward.minTier.name },
    pointsMissing: Math.max(0, reward.pointsCost - balance),
    tierAllows: !reward.minTier || customer.tier.rank >= reward.minTier.rank,
  }));
};

export type CustomerCode = {
  id: string;
  code: string;
  status: CodeStatus;
  /** ACTIVE codes past their end date read as expired. */
  expired: boolean;
  discount: DiscountView;
  /** The reward or the VIP offer the code was claimed for. */
  name: { en: string; fr: string } | null;
  validFrom: Date;
  validUntil: Date;
  redeemedAt: Date | null;
};

/** A customer's codes: `active` ones usable now, or the `history` of used, expired and cancelled. */
export const listCodesOf = async (
  db: Db,
  input: { customerId: string; view: 'active' | 'history'; now?: Date },
): Promise<CustomerCode[]> => {
  const now = input.now ?? new Date();
  const codes = await db.discountCode.findMany({
    where: {
      customerId: input.customerId,
      ...(input.view === 'active'
        ? { status: 'ACTIVE', validUntil: { gt: now } }
        : { OR: [{ status: { not: 'ACTIVE' } }, { validUntil: { lte: now } }] }),
    },
    orderBy: input.view === 'active' ? { validUntil: 'asc' } : { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      code: true,
      status: true,
      validFrom: true,
      validUntil: true,
      redeemedAt: true,
      reward: { select: { nameEn: true, nameFr: true } },
      offer: { select: { titleEn: true, titleFr: true } },
      ...discountTermsSelect,
    },
  });
  return codes.map((code) => ({
    id: code.id,
    code: code.code,
    status: code.status,
    expired: code.status === 'ACTIVE' && code.validUntil <= now,
    discount: toDiscountView(code),
    name: code.reward
      ? { en: code.reward.nameEn, fr: code.reward.nameFr }
      : code.offer && { en: code.offer.titleEn, fr: code.offer.titleFr },
    validFrom: code.validFrom,
    validUntil: code.validUntil,
    redeemedAt: code.redeemedAt,
  }));
};
