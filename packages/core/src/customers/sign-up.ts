import type { Db } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { contestIdOfSlug } from '../contests/public-contest.ts';
import { awardBonus } from '../earning/bonuses.ts';
import type { ReferralAttribution } from '../referrals/attribute-referral.ts';
import { createCustomer, type CustomerSummary } from './customer.ts';

export type CustomerSignUp = {
  email: string;
  /** Already hashed by the caller: the domain never sees a password. */
  passwordHash: string;
  firstName: string;
  lastName?: string;
  locale: string;
  /** The opt-ins she ticked (none are ticked for her). */
  consents?: { email?: boolean };
  /** The slug of the contest whose link she came through; one that is not there is ignored. */
  contest?: string;
  /** The handle she posts from, for imported contest entries to be claimed for her. */
  socialHandle?: string;
  /** The friend's code she came with (her link or typed), and where she signs up from. */
  referral?: ReferralAttribution;
};

/**
 * A customer enrols themselves on the portal: the customer, their points account, the signup
 * bonus and the audit entry in one transaction, counted for the contest whose link she came
 * through or the friend who referred her. An email already enrolled fails with `customer_exists`,
 * a referral code nobody has with `referral_code_unknown`.
 */
export const signUpCustomer = async (
  db: Db,
  { contest, ...input }: CustomerSignUp,
): Promise<CustomerSummary> => {
  const signUpContestId = await contestIdOfSlug(db, contest);
  return db.$transaction(async (tx) => {
    const created = await createCustomer(tx, {
      ...input,
      consentSource: 'SIGN_UP',
      signUpSource: signUpContestId ? 'CONTEST' : 'ORGANIC',
      signUpContestId,
    });
    const bonus = await awardBonus(tx, {
      customerId: created.id,
      kind: 'SIGNUP_BONUS',
      channel: 'APP',
      at: new Date(),
    });
    const customer = { ...created, pointsBalance: created.pointsBalance + bonus };
    await recordAudit(tx, {
      actor: { type: 'CUSTOMER', id: customer.id },
      action: 'customer.sign_up',
      target: { type: 'customer', id: customer.id },
      data: {
        channel: 'portal',
        ...(signUpContestId ? { contestId: signUpContestId } : {}),
        ...(input.referral ? { referralCode: input.referral.code } : {}),
      },
    });
    return customer;
  });
};
