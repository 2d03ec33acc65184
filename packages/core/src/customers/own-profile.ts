import type { Db } from '@fidele/db';
import { isUniqueViolation } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { awardBonus } from '../earning/bonuses.ts';
import { AppError } from '../errors.ts';
import { customerNotFound } from './customer-not-found.ts';

/** What a customer sees and edits of themselves on the portal's profile page. */
export type OwnProfile = {
  email: string;
  firstName: string;
  lastName: string | null;
  phone: string | null;
  /** A calendar day, at midnight UTC. */
  birthDate: Date | null;
  locale: string;
};

export type OwnProfileUpdate = {
  customerId: string;
  firstName: string;
  lastName: string | null;
  phone: string | null;
  birthDate: Date | null;
};

const ownProfileSelect = {
  email: true,
  firstName: true,
  lastName: true,
  phone: true,
  birthDate: true,
  locale: true,
} as const;

export const getOwnProfile = async (db: Db, customerId: string): Promise<OwnProfile> => {
  const profile = await db.customer.findUnique({
    where: { id: customerId },
    select: ownProfileSelect,
  });
  if (!profile) throw customerNotFound();
  return profile;
};

/** The profile bonus is for a profile that lets the programme reach and celebrate the customer. */
export const isProfileComplete = (profile: Omit<OwnProfile, 'email' | 'locale'>): boolean =>
  Boolean(profile.firstName && profile.lastName && profile.phone && profile.birthDate);

/**
 * Saves the customer's own profile and, the first time it is complete, gives the profile bonus,
 * in one transaction. A phone number another member uses fails with `phone_taken`.
 */
export const updateOwnProfile = (
  db: Db,
  { customerId, ...data }: OwnProfileUpdate,
): Promise<{ profile: OwnProfile; bonusPoints: number }> =>
  db.$transaction(async (tx) => {
    const taken =
      data.phone &&
      (await tx.customer.findFirst({
        where: { phone: data.phone, id: { not: customerId } },
        select: { id: true },
      }));
    if (taken) throw phoneTaken();
    const profile = await tx.customer
      .update({ where: { id: customerId }, data, select: ownProfileSelect })
      .catch((error: unknown) => {
        // A concurrent update gave the same phone to someone else.
        throw isUniqueViolation(error) ? phoneTaken() : error;
      });
    await recordAudit(tx, {
      actor: { type: 'CUSTOMER', id: customerId },
      action: 'customer.profile_update',
      target: { type: 'customer', id: customerId },
    });
    const bonusPoints = isProfileComplete(profile)
      ? await awardBonus(tx, { customerId, kind: 'PROFILE_BONUS', channel: 'APP', at: new Date() })
      : 0;
    return { profile, bonusPoints };
  });

const phoneTaken = () => new AppError('phone_taken');
