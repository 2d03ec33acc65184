import { Prisma, type Tx } from '@fidele/db';
import { type AuditEntry, recordAudit } from '../audit/index.ts';
import { customerNotFound } from '../customers/customer-not-found.ts';
import { generateMemberCode } from '../customers/member-code.ts';
import { AppError } from '../errors.ts';

/** The name an erased customer is shown under: her own is gone. */
export const ERASED_NAME = 'Erased';

/**
 * Erases a customer's personal data, at her request or the owner's (GDPR erasure), in one
 * transaction, audited (`customer.erase`). She stays a pseudonymous id: her points movements,
 * lots, purchases, refunds, codes, invitations and plays are kept as they are, so every total
 * and every figure of the programme stays right. Gone or blanked: her name, email, phone, birth
 * date, password, card secret, member and referral codes (replaced by new random ones, so her
 * card and her link no longer work), consents and their history, sessions and sign-in links,
 * contest handles and post links, the addresses and devices she played and joined from, portal
 * notices, the bodies and addresses of the messages sent to her (those not sent yet are
 * withdrawn), the tills' stored answers that named her, staff notes about her, and her
 * sign-in limits. Kept, on purpose: ledger reasons (the ledger is append-only) and a contest's
 * published draw list (anyone must be able to check a draw; it holds a handle, not a name).
 * Accounts of hers that support merged into this one are erased with it. An erased customer
 * cannot be erased again: `customer_erased`.
 */
export const eraseCustomer = async (
  tx: Tx,
  input: { customerId: string; actor: AuditEntry['actor']; reason?: string },
) => {
  const { customerId } = input;
  const [customer] = await tx.$queryRaw<
    { email: string; phone: string | null; erasedAt: Date | null }[]
  >`SELECT email, phone, "erasedAt" FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
  if (!customer) throw customerNotFound();
  if (customer.erasedAt) throw new AppError('customer_erased');
  const id = Prisma.sql`${customerId}::uuid`;
  const statements = [
    Prisma.sql`UPDATE "Customer" SET
        email = 'erased+' || id::text || '@erased.invalid', "emailVerified" = NULL, phone = NULL,
        "firstName" = ${ERASED_NAME}, "lastName" = NULL, "passwordHash" = NULL, "birthDate" = NULL,
        "emailConsentAt" = NULL, "smsConsentAt" = NULL, "memberCode" = ${generateMemberCode()},
        "referralCode" = referral_code(),
        "cardSecret" = upper(substr(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 1, 32)),
        "referralIpAddress" = NULL, "referralDevice" = NULL, "tierPinReason" = NULL,
        "erasedAt" = now()
      WHERE id = ${id}`,
    Prisma.sql`DELETE FROM "ConsentChange" WHERE "customerId" = ${id}`,
    Prisma.sql`DELETE FROM "AuthSession" WHERE "customerId" = ${id}`,
    Prisma.sql`DELETE FROM "PasswordToken" WHERE "customerId" = ${id}`,
    Prisma.sql`DELETE FROM "EmailChange" WHERE "customerId" = ${id}`,
    Prisma.sql`DELETE FROM "VerificationToken" WHERE identifier = ${customer.email}`,
    Prisma.sql`DELETE FROM "Notification" WHERE "customerId" = ${id}`,
    Prisma.sql`UPDATE "Message" SET status = CASE WHEN status = 'QUEUED' THEN 'SKIPPED'::"MessageStatus" ELSE status END,
        hold = CASE WHEN status = 'QUEUED' THEN 'WITHDRAWN'::"MessageHold" ELSE hold END,
        data = '{}'::jsonb, "sentTo" = NULL, summary = NULL, "lastError" = NULL
      WHERE "customerId" = ${id}`,
    Prisma.sql`UPDATE "ContestEntry" SET handle = ${ERASED_NAME.toLowerCase()}, email = NULL,
        "postUrl" = 'erased:' || id::text, "rejectReason" = NULL
      WHERE "customerId" = ${id}`,
    Prisma.sql`UPDATE "ContestEntry" SET "claimedById" = NULL WHERE "claimedById" = ${id}`,
    Prisma.sql`UPDATE "ContestWinner" SET person = ${ERASED_NAME.toLowerCase()}
      WHERE "customerId" = ${id}`,
    Prisma.sql`UPDATE "GamePlay" SET ip = NULL, device = NULL WHERE "customerId" = ${id}`,
    Prisma.sql`UPDATE "Referral" SET "ipAddress" = NULL, device = NULL WHERE "friendId" = ${id}`,
    Prisma.sql`UPDATE "DiscountCode" SET "cancelReason" = NULL WHERE "customerId" = ${id}`,
    Prisma.sql`UPDATE "TierChange" SET note = NULL WHERE "customerId" = ${id}`,
    // Stored answers to tills name her (a purchase's customer): a retry after this is answered anew.
    Prisma.sql`DELETE FROM "IdempotencyRecord" WHERE "responseBody"::text LIKE ${`%${customerId}%`}`,
    Prisma.sql`UPDATE "AuditLog" SET data = NULL
      WHERE "targetType" = 'customer' AND "targetId" = ${customerId} AND data IS NOT NULL`,
    Prisma.sql`DELETE FROM "RateLimit"
      WHERE strpos(key, ${customer.email}) > 0 OR strpos(key, ${customerId}) > 0`,
    ...(customer.phone
      ? [Prisma.sql`DELETE FROM "SmsOutboxEntry" WHERE "to" = ${customer.phone}`]
      : []),
  ];
  for (const statement of statements) await tx.$executeRaw(statement);
  await recordAudit(tx, {
    actor: input.actor,
    action: 'customer.erase',
    target: { type: 'customer', id: customerId },
    ...(input.reason ? { data: { reason: input.reason } } : {}),
  });
  // Her accounts merged into this one hold her email and member code: erased with it.
  const merged = await tx.customer.findMany({
    where: { mergedIntoId: customerId, erasedAt: null },
    select: { id: true },
  });
  for (const account of merged) await eraseCustomer(tx, { ...input, customerId: account.id });
};
