import { claimContestEntries, linkContestEntries } from '../contests/entrant-link.ts';
import {
  lockReferrer,
  type ReferralAttribution,
  recordReferral,
} from '../referrals/attribute-referral.ts';
import {
  type ConsentSource,
  type Db,
  isUniqueViolation,
  Prisma,
  queryRows,
  type ShopKind,
  type SignUpSource,
  type Tx,
} from '@fidele/db';
import { type ConsentChanges, setConsents } from './consents.ts';
import { customerNotFound } from './customer-not-found.ts';
import { AppError } from '../errors.ts';
import { accountCodeIn, openCustomerAccount, pendingAccountCode } from '../ledger/index.ts';
import { generateMemberCode } from './member-code.ts';

export type CustomerSummary = {
  id: string;
  memberCode: string;
  firstName: string;
  lastName: string | null;
  email: string;
  locale: string;
  tier: { code: string; name: string };
  pointsBalance: number;
  /** Points earned but not spendable yet (the pending period). */
  pendingPoints: number;
  /** Support blocked the account: tills find her, but nothing of hers is spent. */
  blocked: boolean;
};

/** A customer as tills and screens name them, with tier and balance: one statement. */
const summaryOf = (where: Prisma.Sql, also: Prisma.Sql = Prisma.empty) => Prisma.sql`
  SELECT c.id, c."memberCode", c."firstName", c."lastName", c.email, c.locale, ${also}
         json_build_object('code', t.code, 'name', t.name) AS tier,
         COALESCE(a.balance, 0) AS "pointsBalance", c."blockedAt" IS NOT NULL AS blocked,
         COALESCE((SELECT p.balance FROM "Account" p
                   WHERE p.code = ${accountCodeIn(pendingAccountCode, Prisma.sql`c.id`)}), 0) AS "pendingPoints"
  FROM "Customer" c JOIN "Tier" t ON t.id = c."tierId"
  LEFT JOIN "Account" a ON a."customerId" = c.id
  WHERE ${where}`;

export type NewCustomer = {
  email: string;
  /** Only for fixed demo data: members otherwise get a fresh random code. */
  memberCode?: string;
  firstName: string;
  lastName?: string;
  phone?: string;
  passwordHash?: string;
  locale?: string;
  consents?: ConsentChanges;
  /** Where the consents were given: at a till, when signing up, in the demo's import. */
  consentSource?: ConsentSource;
  homeShopId?: string;
  /** Where she joins: a shop's till, the e-shop, or the portal on her own. */
  signUpSource: SignUpSource;
  /** The contest whose link she came through (source CONTEST). */
  signUpContestId?: string;
  /** The handle she posts from (normalised): imported contest entries of it are claimed for her. */
  socialHandle?: string;
  /** The friend's code she gave: she joins as a referral (source REFERRAL). */
  referral?: ReferralAttribution;
};

/** Where a customer enrolled by a shop's API key joined: at a till, or on the e-shop. */
export const signUpSourceOfShop = (kind: ShopKind): SignUpSource =>
  kind === 'ESHOP' ? 'ESHOP' : 'SHOP';

/**
 * Enrols a customer with their points account, on the programme's entry tier, and the referral
 * she came through. A customer with the same email or phone already exists: `customer_exists`.
 */
export const createCustomer = async (tx: Tx, input: NewCustomer): Promise<CustomerSummary> => {
  const entryTier = await tx.tier.findFirstOrThrow({
    orderBy: { rank: 'asc' },
    select: { id: true },
  });
  // Before the email's check: a wrong code is refused alike whether the email is a member's.
  const referrer = input.referral && (await lockReferrer(tx, input.referral.code));
  const existing = await tx.customer.findFirst({
    where: { OR: [{ email: input.email }, ...(input.phone ? [{ phone: input.phone }] : [])] },
    select: { id: true },
  });
  if (existing) throw customerExists();
  try {
    const customer = await tx.customer.create({
      data: {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        passwordHash: input.passwordHash,
        locale: input.locale,
        memberCode: input.memberCode ?? generateMemberCode(),
        tierId: entryTier.id,
        homeShopId: input.homeShopId,
        signUpSource: referrer ? 'REFERRAL' : input.signUpSource,
        signUpContestId: input.signUpContestId,
      },
      select: { id: true },
    });
    await openCustomerAccount(tx, customer.id);
    await setConsents(tx, {
      customerId: customer.id,
      changes: input.consents ?? {},
      source: input.consentSource ?? 'TILL',
    });
    await linkContestEntries(tx, { customerId: customer.id, email: input.email });
    if (input.socialHandle)
      await claimContestEntries(tx, { customerId: customer.id, handle: input.socialHandle });
    if (referrer)
      await recordReferral(
        tx,
        referrer,
        { id: customer.id, email: input.email, phone: input.phone ?? null },
        input.referral!,
      );
    return await getCustomerSummary(tx, customer.id);
  } catch (error) {
    // A concurrent enrolment with the same email or phone won the race.
    if (isUniqueViolation(error)) throw customerExists();
    throw error;
  }
};

const customerExists = () => new AppError('customer_exists');

export const getCustomerSummary = (db: Db | Tx, id: string): Promise<CustomerSummary> =>
  findCustomer(db, { id });

export type CustomerIdentifier =
  { memberCode: string } | { email: string } | { phone: string } | { id: string };

/**
 * The identifier's condition on the customer `c`; each kind is its own prepared statement, on its
 * unique index. What a till names her by (member code, email, phone) may be an account support
 * merged into another: it names the account she kept.
 */
export const customerWhere = (identifier: CustomerIdentifier): Prisma.Sql =>
  'id' in identifier
    ? Prisma.sql`c.id = ${identifier.id}::uuid`
    : Prisma.sql`c.id = (SELECT COALESCE(named."mergedIntoId", named.id) FROM "Customer" named
                         WHERE ${namedBy(identifier)})`;

const namedBy = (identifier: Exclude<CustomerIdentifier, { id: string }>): Prisma.Sql =>
  'memberCode' in identifier
    ? Prisma.sql`named."memberCode" = ${identifier.memberCode}`
    : 'email' in identifier
      ? Prisma.sql`named.email = ${identifier.email}`
      : Prisma.sql`named.phone = ${identifier.phone}`;

export const findCustomer = async (
  db: Db | Tx,
  identifier: CustomerIdentifier,
): Promise<CustomerSummary> => {
  const [customer] = await queryRows<CustomerSummary>(db, summaryOf(customerWhere(identifier)));
  if (!customer) throw customerNotFound();
  return customer;
};

/** The customer whose card carries this member code, with the card's secret to check its token. */
export const findCardHolder = async (
  db: Db | Tx,
  memberCode: string,
): Promise<(CustomerSummary & { cardSecret: string }) | undefined> => {
  const [holder] = await queryRows<CustomerSummary & { cardSecret: string }>(
    db,
    summaryOf(customerWhere({ memberCode }), Prisma.sql`c."cardSecret",`),
  );
  return holder;
};
