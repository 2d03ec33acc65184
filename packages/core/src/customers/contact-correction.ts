import { createHash, randomBytes } from 'node:crypto';
import { type Db, isUniqueViolation, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { customerNotFound } from './customer-not-found.ts';

/** A confirmation is read in the inbox, maybe tomorrow: it works for a day. */
const EMAIL_CHANGE_LIFETIME_MS = 24 * 3_600_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type ContactCorrection = {
  customerId: string;
  staffUserId: string;
  firstName: string;
  lastName: string | null;
  phone: string | null;
  /** Normalised (lower case). A new one waits for her confirmation. */
  email: string;
};

/** The email to send for a new address: to that address, with the token of its link. */
export type EmailConfirmation = {
  token: string;
  expiresAt: Date;
  to: { email: string; name: string; locale: string };
};

const contactSelect = { firstName: true, lastName: true, phone: true, email: true } as const;

/**
 * Support corrects a customer's contact details at her request: her name and phone change at
 * once; a new email only once she confirms it from that inbox (a typo must not lock her out,
 * and nobody takes over an account by asking support), so it waits as an email change, which a
 * newer correction replaces. A phone or email another member has is refused. Audited with what
 * changed, before and after.
 */
export const correctContactDetails = async (
  tx: Tx,
  { customerId, staffUserId, email, ...contact }: ContactCorrection,
  now = new Date(),
): Promise<{ emailConfirmation: EmailConfirmation | null }> => {
  const [before] = await tx.$queryRaw<
    {
      firstName: string;
      lastName: string | null;
      phone: string | null;
      email: string;
      locale: string;
    }[]
  >`SELECT "firstName", "lastName", phone, email, locale FROM "Customer"
    WHERE id = ${customerId}::uuid AND "erasedAt" IS NULL FOR UPDATE`;
  if (!before) throw customerNotFound();
  if (contact.phone && contact.phone !== before.phone) {
    const taken = await tx.customer.findFirst({
      where: { phone: contact.phone, id: { not: customerId } },
      select: { id: true },
    });
    if (taken) throw new AppError('phone_taken');
  }
  const newEmail = email === before.email ? null : email;
  if (
    newEmail &&
    (await tx.customer.findUnique({ where: { email: newEmail }, select: { id: true } }))
  )
    throw new AppError('email_taken');
  const after = await tx.customer
    .update({ where: { id: customerId }, data: contact, select: contactSelect })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new AppError('phone_taken') : error;
    });
  let emailConfirmation: EmailConfirmation | null = null;
  if (newEmail) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_LIFETIME_MS);
    const change = { newEmail, tokenHash: hashOf(token), requestedById: staffUserId, expiresAt };
    await tx.emailChange.upsert({
      where: { customerId },
      create: { customerId, ...change },
      update: { ...change, createdAt: now },
    });
    emailConfirmation = {
      token,
      expiresAt,
      to: { email: newEmail, name: after.firstName, locale: before.locale },
    };
  }
  const shown = {
    firstName: before.firstName,
    lastName: before.lastName,
    phone: before.phone,
    email: before.email,
  };
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: staffUserId },
    action: 'customer.contact_correct',
    target: { type: 'customer', id: customerId },
    data: {
      before: shown,
      after: { ...after, email: before.email },
      ...(newEmail ? { emailToConfirm: newEmail } : {}),
    },
  });
  return { emailConfirmation };
};

/**
 * She confirms the new email from its inbox: it becomes her address (and is verified, since the
 * link reached it); the link works once, for a day. An address another member took meanwhile is
 * refused.
 */
export const confirmEmailChange = async (db: Db, token: string, now = new Date()) =>
  db.$transaction(async (tx) => {
    const change = await tx.emailChange.findUnique({ where: { tokenHash: hashOf(token) } });
    if (!change || change.expiresAt <= now) throw new AppError('email_change_link_invalid');
    await tx.emailChange.delete({ where: { id: change.id } });
    const before = await tx.customer.findUniqueOrThrow({
      where: { id: change.customerId },
      select: { email: true },
    });
    await tx.customer
      .update({
        where: { id: change.customerId },
        data: { email: change.newEmail, emailVerified: now },
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError('email_taken') : error;
      });
    // Sign-in links asked for the old address no longer open her account.
    await tx.verificationToken.deleteMany({ where: { identifier: before.email } });
    await recordAudit(tx, {
      actor: { type: 'CUSTOMER', id: change.customerId },
      action: 'customer.email_change',
      target: { type: 'customer', id: change.customerId },
      data: { before: { email: before.email }, after: { email: change.newEmail } },
    });
    return { email: change.newEmail };
  });

/** The email support typed that waits for her confirmation, if any (and still can be confirmed). */
export const pendingEmailChange = (db: Db, customerId: string, now = new Date()) =>
  db.emailChange.findFirst({
    where: { customerId, expiresAt: { gt: now } },
    select: { newEmail: true, expiresAt: true },
  });
