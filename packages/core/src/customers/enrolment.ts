import type { Db } from '@fidele/db';
import { isAppError } from '../errors.ts';
import { type CustomerSignUp, signUpCustomer } from './sign-up.ts';

/** Who an enrolment email goes to. */
export type EnrolmentRecipient = {
  email: string;
  firstName: string;
  locale: string;
  /** The portal path the welcome's link opens: the contest page she signed up from, say. */
  opens?: string;
};

/** The emails that end a sign-up; the portal sends them (a missing one sends nothing). */
export type EnrolmentMail = {
  /** The account was created: how to open it. */
  welcome: (to: EnrolmentRecipient) => Promise<void>;
  /** The email already belongs to a member: they are told so, not the person signing up. */
  alreadyMember: (to: EnrolmentRecipient) => Promise<void>;
};

/**
 * Self-enrolment that answers alike whether the email is new or taken, so the form cannot tell
 * who is a member: a new email gets its account and a welcome, an existing member an email
 * saying they already have one (their account is untouched). Only the mailbox's owner learns
 * which.
 */
export const enrolCustomer = async (
  db: Db,
  input: CustomerSignUp,
  mail?: EnrolmentMail,
): Promise<void> => {
  try {
    const created = await signUpCustomer(db, input);
    await mail?.welcome({
      email: created.email,
      firstName: created.firstName,
      locale: input.locale,
      ...(input.contest ? { opens: `/contests/${encodeURIComponent(input.contest)}` } : {}),
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'customer_exists') throw error;
    const member = await db.customer.findUnique({
      where: { email: input.email },
      select: { email: true, firstName: true, locale: true },
    });
    // Taken by a phone number only (not on the portal's form): nothing to tell anyone.
    if (member) await mail?.alreadyMember(member);
  }
};
