import type { Db } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { awardBonus } from '../earning/bonuses.ts';
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
};

/**
 * A customer enrols themselves on the portal: the customer, their points account, the signup
 * bonus and the audit entry in one transaction. An email already enrolled fails with
 * `customer_exists`.
 */
export const signUpCustomer = (db: Db, input: CustomerSignUp): Promise<CustomerSummary> =>
  db.$transaction(async (tx) => {
    const created = await createCustomer(tx, {
      ...input,
      consentSource: 'SIGN_UP',
      signUpSource: 'ORGANIC',
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
      data: { channel: 'portal' },
    });
    return customer;
  });
