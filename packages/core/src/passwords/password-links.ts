import type { Db, PasswordTokenPurpose, Prisma, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { consumeRateLimit, RATE_LIMITS, resetRateLimit } from '../rate-limits/index.ts';
import { revokeSessions, type SessionOwner } from '../sessions/index.ts';
import { hashPasswordToken, isPasswordTokenLive, issuePasswordToken } from './password-token.ts';

/** Whose password: a staff member of the admin or a customer of the portal. */
export type PasswordActor = 'staff' | 'customer';

/** Hashes and checks passwords; the caller's (argon2), so the domain stays free of it. */
export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  verify: (hash: string, password: string) => Promise<boolean>;
};

/** A link to email: the token (never stored) and who it is for, in their language. */
export type PasswordLink = {
  purpose: PasswordTokenPurpose;
  token: string;
  expiresAt: Date;
  to: { email: string; name: string; locale: string };
};

const ownerOf = (actor: PasswordActor, id: string): SessionOwner =>
  actor === 'staff' ? { staffId: id } : { customerId: id };

const invalidLink = () => new AppError('password_link_invalid');

/**
 * Issues a link for `owner`, in the transaction of what asked for it; an earlier link of the same
 * purpose stops working, so only the newest email counts.
 */
export const createPasswordLink = async (
  tx: Tx,
  owner: SessionOwner,
  purpose: PasswordTokenPurpose,
  now = new Date(),
): Promise<Omit<PasswordLink, 'to'>> => {
  const issued = issuePasswordToken(purpose, now);
  await tx.passwordToken.deleteMany({ where: { ...owner, purpose } });
  await tx.passwordToken.create({
    data: { ...owner, purpose, tokenHash: issued.tokenHash, expiresAt: issued.expiresAt },
  });
  return { purpose, token: issued.token, expiresAt: issued.expiresAt };
};

/**
 * "Forgot password": a reset link for the active account of this email, or null when there is
 * none. The caller answers the same either way, so the answer tells nobody who has an account;
 * the email's limit counts either way too (`rate_limited` past it), for the same reason.
 */
export const requestPasswordReset = async (
  db: Db,
  { actor, email }: { actor: PasswordActor; email: string },
  now = new Date(),
): Promise<PasswordLink | null> => {
  await consumeRateLimit(
    db,
    RATE_LIMITS.passwordResetPerEmail,
    `${actor}:${email.trim().toLowerCase()}`,
  );
  const person =
    actor === 'staff'
      ? await db.staffUser.findFirst({
          where: { email: { equals: email.trim(), mode: 'insensitive' }, disabledAt: null },
          select: { id: true, email: true, name: true, locale: true },
        })
      : await db.customer
          .findUnique({
            where: { email: email.trim().toLowerCase() },
            select: { id: true, email: true, firstName: true, locale: true },
          })
          .then((c) => c && { id: c.id, email: c.email, name: c.firstName, locale: c.locale });
  if (!person) return null;
  const link = await db.$transaction((tx) =>
    createPasswordLink(tx, ownerOf(actor, person.id), 'RESET', now),
  );
  return { ...link, to: { email: person.email, name: person.name, locale: person.locale } };
};

/**
 * Support sends a customer a link to sign in by choosing a password ("I never got the email", "I
 * forgot it"): a reset link, as she would ask for it herself, to her own address only; audited.
 * Not to a blocked account, nor an erased one.
 */
export const sendSupportPasswordLink = async (
  db: Db,
  { customerId, staffUserId }: { customerId: string; staffUserId: string },
  now = new Date(),
): Promise<PasswordLink> => {
  await consumeRateLimit(db, RATE_LIMITS.supportLinksPerCustomer, customerId);
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirst({
      where: { id: customerId, erasedAt: null },
      select: { email: true, firstName: true, locale: true, blockedAt: true },
    });
    if (!customer) throw new AppError('customer_not_found');
    if (customer.blockedAt) throw new AppError('customer_blocked');
    const link = await createPasswordLink(tx, { customerId }, 'RESET', now);
    await recordAudit(tx, {
      actor: { type: 'STAFF', id: staffUserId },
      action: 'customer.password_link_send',
      target: { type: 'customer', id: customerId },
    });
    return {
      ...link,
      to: { email: customer.email, name: customer.firstName, locale: customer.locale },
    };
  });
};

/** The token of this link for this app: a disabled member's links no longer work. */
const tokenWhere = (actor: PasswordActor, token: string) =>
  ({
    tokenHash: hashPasswordToken(token),
    ...(actor === 'staff'
      ? { staff: { disabledAt: null } }
      : { customerId: { not: null }, purpose: 'RESET' }),
  }) satisfies Prisma.PasswordTokenWhereInput;

/** What a link is for and whose email, before its page asks for a password; null when dead. */
export const checkPasswordLink = async (
  db: Db,
  { actor, token }: { actor: PasswordActor; token: string },
  now = new Date(),
): Promise<{ purpose: PasswordTokenPurpose; email: string } | null> => {
  const found = await db.passwordToken.findFirst({
    where: tokenWhere(actor, token),
    select: {
      purpose: true,
      expiresAt: true,
      staff: { select: { email: true } },
      customer: { select: { email: true } },
    },
  });
  const email = found?.staff?.email ?? found?.customer?.email;
  return found && email && isPasswordTokenLive(found.expiresAt, now)
    ? { purpose: found.purpose, email }
    : null;
};

/**
 * Sets a password with an emailed link, which works once: the token is deleted as it is used,
 * so two submissions racing with one link cannot both succeed. Every session of the person ends
 * (whoever asked for the link may not be the only one who had the password).
 */
export const setPasswordWithLink = async (
  db: Db,
  { actor, token, password }: { actor: PasswordActor; token: string; password: string },
  hasher: PasswordHasher,
  now = new Date(),
): Promise<{ purpose: PasswordTokenPurpose; email: string }> => {
  // A dead link costs no password hash: hashing is the expensive part of this request.
  if (!(await checkPasswordLink(db, { actor, token }, now))) throw invalidLink();
  const passwordHash = await hasher.hash(password);
  return db.$transaction(async (tx) => {
    const found = await tx.passwordToken.findFirst({
      where: tokenWhere(actor, token),
      select: { id: true, purpose: true, expiresAt: true, staffId: true, customerId: true },
    });
    const used = found && (await tx.passwordToken.deleteMany({ where: { id: found.id } }));
    const id = found?.staffId ?? found?.customerId;
    if (!found || !id || used?.count !== 1 || !isPasswordTokenLive(found.expiresAt, now))
      throw invalidLink();
    const { email } =
      actor === 'staff'
        ? await tx.staffUser.update({
            where: { id },
            data: { passwordHash },
            select: { email: true },
          })
        : await tx.customer.update({
            where: { id },
            data: { passwordHash },
            select: { email: true },
          });
    await revokeSessions(tx, ownerOf(actor, id));
    await recordAudit(tx, {
      actor: { type: actor === 'staff' ? 'STAFF' : 'CUSTOMER', id },
      action:
        `${actor}.${found.purpose === 'INVITATION' ? 'invitation_accept' : 'password_reset'}` as const,
      target: { type: actor, id },
    });
    return { purpose: found.purpose, email };
  });
};

/**
 * A signed-in person changes their password, giving the current one; their other sessions end,
 * the one they are using (`sessionId`) stays. Like a sign-in, every attempt counts against the
 * account's limit and a success forgets the count, so only wrong current passwords add up; past
 * the limit (`rate_limited`) the password is not even checked.
 */
export const changePassword = async (
  db: Db,
  input: {
    actor: PasswordActor;
    id: string;
    sessionId?: string;
    currentPassword: string;
    newPassword: string;
  },
  hasher: PasswordHasher,
): Promise<void> => {
  const { actor, id } = input;
  const account = `${actor}:${id}`;
  await consumeRateLimit(db, RATE_LIMITS.passwordChangePerAccount, account);
  const stored =
    actor === 'staff'
      ? await db.staffUser.findUnique({ where: { id }, select: { passwordHash: true } })
      : await db.customer.findUnique({ where: { id }, select: { passwordHash: true } });
  const matches =
    stored?.passwordHash != null &&
    (await hasher.verify(stored.passwordHash, input.currentPassword));
  if (!matches) throw new AppError('wrong_password');
  const passwordHash = await hasher.hash(input.newPassword);
  await db.$transaction(async (tx) => {
    if (actor === 'staff') await tx.staffUser.update({ where: { id }, data: { passwordHash } });
    else await tx.customer.update({ where: { id }, data: { passwordHash } });
    await revokeSessions(tx, ownerOf(actor, id), { except: input.sessionId });
    await recordAudit(tx, {
      actor: { type: actor === 'staff' ? 'STAFF' : 'CUSTOMER', id },
      action: `${actor}.password_change`,
      target: { type: actor, id },
    });
  });
  await resetRateLimit(db, RATE_LIMITS.passwordChangePerAccount, account);
};
