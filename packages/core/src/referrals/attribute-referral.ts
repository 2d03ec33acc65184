import type { ReferralVia, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import { knownAddress, referralHolds } from './fraud-checks.ts';
import { DAY_MS } from '../calendar/programme-days.ts';

/** How a friend named the member who sent her, and where she signed up from (when known). */
export type ReferralAttribution = {
  /** Normalised by the validators' `referralCode`. */
  code: string;
  via: ReferralVia;
  ipAddress?: string;
  device?: string;
};

export type Referrer = {
  id: string;
  email: string;
  phone: string | null;
  referralIpAddress: string | null;
  referralDevice: string | null;
  lastWeek: number;
  perWeek: number;
  otherFriends: { ipAddress: string | null; device: string | null }[];
};

/**
 * The member whose code the friend gave, with what the fraud checks compare her with. Her row is
 * locked until the friend's sign-up commits, so two friends joining at once are counted one
 * after the other against the weekly allowance. A code nobody has: `referral_code_unknown`.
 */
export const lockReferrer = async (tx: Tx, code: string, now = new Date()): Promise<Referrer> => {
  const [referrer] = await tx.$queryRaw<Omit<Referrer, 'lastWeek' | 'otherFriends'>[]>`
    SELECT c.id, c.email, c.phone, c."referralIpAddress", c."referralDevice",
           (SELECT s."referralsPerWeek" FROM "ProgrammeSettings" s WHERE s.id = 1) AS "perWeek"
    FROM "Customer" c WHERE c."referralCode" = ${code}
    FOR NO KEY UPDATE OF c`;
  if (!referrer) throw new AppError('referral_code_unknown', undefined, { field: 'referralCode' });
  const friends = await tx.referral.findMany({
    where: { referrerId: referrer.id, createdAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } },
    select: { ipAddress: true, device: true, createdAt: true },
  });
  const weekAgo = now.getTime() - 7 * DAY_MS;
  return {
    ...referrer,
    lastWeek: friends.filter((friend) => friend.createdAt.getTime() >= weekAgo).length,
    otherFriends: friends.map(({ ipAddress, device }) => ({ ipAddress, device })),
  };
};

/**
 * Records that the new member `friend` joined through `referrer`: pending her first qualifying
 * purchase, or held for an admin's review when the fraud checks say so (the reasons are kept).
 */
export const recordReferral = async (
  tx: Tx,
  referrer: Referrer,
  friend: { id: string; email: string; phone: string | null },
  attribution: ReferralAttribution,
) => {
  const holds = referralHolds({
    referrer: {
      email: referrer.email,
      phone: referrer.phone,
      ipAddress: referrer.referralIpAddress,
      device: referrer.referralDevice,
    },
    friend: { ...friend, ipAddress: attribution.ipAddress, device: attribution.device },
    otherFriends: referrer.otherFriends,
    lastWeek: referrer.lastWeek,
    perWeek: referrer.perWeek,
  });
  return tx.referral.create({
    data: {
      referrerId: referrer.id,
      friendId: friend.id,
      via: attribution.via,
      status: holds.length > 0 ? 'HELD' : 'PENDING',
      holds,
      ipAddress: knownAddress(attribution.ipAddress),
      device: attribution.device,
    },
    select: { id: true, status: true, holds: true },
  });
};
