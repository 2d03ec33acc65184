import type { Db } from '@fidele/db';
import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { isLocale } from '@fidele/i18n';
import { closeSession, customerOfSession, openSession } from '@fidele/core/sessions';
import { createMailer, magicLinkEmail } from '@fidele/messaging';
import { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import Nodemailer from 'next-auth/providers/nodemailer';
import { z } from 'zod';
import { createAuth } from './create-auth.ts';
import { customerAdapter } from './customer-adapter.ts';
import { verifyPassword } from './password.ts';
import { limitMagicLink, limitPasswordSignIn } from './sign-in-limits.ts';

export type CustomerAuthSetup = {
  db: Db;
  secret: string;
  /** The portal's public URL. */
  url: string;
  /** e.g. smtp://127.0.0.1:1025 */
  smtpUrl: string;
  /** Sender of sign-in emails, e.g. `Fidèle <no-reply@fidele.example>`. */
  mailFrom: string;
};

/** The provider id of the magic link, for `signIn(MAGIC_LINK_PROVIDER, { email })`. */
export const MAGIC_LINK_PROVIDER = 'nodemailer';
export const PASSWORD_PROVIDER = 'credentials';

const MAGIC_LINK_MAX_AGE = 15 * 60;

type LinkRequest = { identifier: string; url: string; expires: Date; request: Request };

// A hash of a random, discarded password: checked when the email is unknown so that answer takes
// as long as a wrong password.
const TIMING_DECOY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$WD+1hnxKFl1/hLDOnE48tg$yE6pRWZQ8TvSGpi3nH+IRNd+xQckZQkfR6tRoMX4+gs';

const credentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

/** The language of the page the link was asked from, else the customer's own. */
const localeOf = (request: Request, stored: string | undefined) => {
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === 'NEXT_LOCALE')?.[1];
  if (isLocale(cookie)) return cookie;
  return isLocale(stored) ? stored : 'en';
};

/**
 * The right password of an account support blocked: said as such (whoever knows the password is
 * told nothing new), with `?code=account_blocked` on a sign-in page.
 */
export class AccountBlocked extends CredentialsSignin {
  override code = 'account_blocked';
}

/** Where a sign-in link of a blocked account lands instead of her account. */
export const ACCOUNT_BLOCKED_PAGE = '/sign-in?error=AccountBlocked';

/**
 * The right password of an account support merged into another of hers: she is told to sign in
 * to the one she kept, with `?code=account_merged`.
 */
export class AccountMerged extends CredentialsSignin {
  override code = 'account_merged';
}

/** Where a sign-in link of a merged account lands. */
export const ACCOUNT_MERGED_PAGE = '/sign-in?error=AccountMerged';

const signInByPassword = async (db: Db, input: unknown) => {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const customer = await db.customer.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  // Unknown email and wrong password look the same to the caller, in answer and in time.
  const valid = await verifyPassword(
    customer?.passwordHash ?? TIMING_DECOY_HASH,
    parsed.data.password,
  );
  if (!customer?.passwordHash || !valid) return null;
  if (customer.mergedIntoId) throw new AccountMerged();
  if (customer.blockedAt) throw new AccountBlocked();
  return { id: customer.id, email: customer.email, name: customer.firstName };
};

/**
 * next-auth for the portal: email + password, or a one-time link by email to an existing
 * customer. Asking for a link answers the same for any email, so it tells no one who is a member;
 * only a member's address gets one. Signing up is its own step: no account is ever created by a
 * link.
 */
export const createCustomerAuth = (setup: () => CustomerAuthSetup) =>
  createAuth({
    app: 'portal',
    actor: 'customer',
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email' },
    setup: () => {
      const { db, secret, url, smtpUrl, mailFrom } = setup();
      const mailer = createMailer({ smtpUrl, from: mailFrom });
      const sendSignInLink = async ({ identifier, url: link, expires, request }: LinkRequest) => {
        await limitMagicLink(db, identifier, request);
        const customer = await db.customer.findUnique({
          where: { email: identifier },
          select: { firstName: true, locale: true },
        });
        if (!customer) return;
        await mailer.send(
          await magicLinkEmail({
            to: identifier,
            url: link,
            expires,
            locale: localeOf(request, customer.locale),
            firstName: customer.firstName,
          }),
        );
      };
      return {
        secret,
        url,
        adapter: customerAdapter(db),
        sessions: {
          open: (customerId, expiresAt) => openSession(db, { customerId }, expiresAt),
          read: async (sessionId, customerId) =>
            (await customerOfSession(db, sessionId)) === customerId ? {} : null,
          close: (sessionId) => closeSession(db, sessionId),
        },
        providers: [
          Credentials({
            id: PASSWORD_PROVIDER,
            credentials: { email: {}, password: {} },
            authorize: (input, request) =>
              limitPasswordSignIn(db, RATE_LIMITS.customerSignInPerAccount, input, request, () =>
                signInByPassword(db, input),
              ),
          }),
          Nodemailer({
            id: MAGIC_LINK_PROVIDER,
            server: smtpUrl,
            from: mailFrom,
            maxAge: MAGIC_LINK_MAX_AGE,
            // next-auth starts this, hashes the token, then awaits it: a refusal (limit, SMTP)
            // in between would be an unhandled rejection, which ends a Node process. Marked
            // handled here; next-auth still receives it.
            sendVerificationRequest: (params) => {
              const sending = sendSignInLink(params);
              sending.catch(() => undefined);
              return sending;
            },
          }),
        ],
        allowSignIn: async ({ user, account, email }) => {
          // Asking for a link: allowed for any address (only a member's gets mail).
          if (account?.type !== 'email' || !user.email || email?.verificationRequest) return true;
          const known = await db.customer.findUnique({
            where: { email: user.email },
            select: { blockedAt: true, mergedIntoId: true },
          });
          if (known?.mergedIntoId) return ACCOUNT_MERGED_PAGE;
          if (known?.blockedAt) return ACCOUNT_BLOCKED_PAGE;
          return known !== null;
        },
      };
    },
  });

export type CustomerAuth = ReturnType<typeof createCustomerAuth>;
