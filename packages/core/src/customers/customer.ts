import type { Db, Tx } from '@fidele/db';
import { isUniqueViolation } from '@fidele/db';
import { AppError } from '../errors.ts';
import { openCustomerAccount } from '../ledger/index.ts';
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
};

export const customerSummarySelect = {
  id: true,
  memberCode: true,
  firstName: true,
  lastName: true,
  email: true,
  locale: true,
  tier: { select: { code: true, name: true } },
  account: { select: { balance: true } },
} as const;

type SelectedCustomer = {
  id: string;
  memberCode: string;
  firstName: string;
  lastName: string | null;
  email: string;
  locale: string;
  tier: { code: string; name: string };
  account: { balance: number } | null;
};

export const toCustomerSummary = ({ account, ...customer }: SelectedCustomer): CustomerSummary => ({
  ...customer,
  pointsBalance: account?.balance ?? 0,
});

export type NewCustomer = {
  email: string;
  /** Only for fixed demo data: members otherwise get a fresh random code. */
  memberCode?: string;
  firstName: string;
  lastName?: string;
  phone?: string;
  passwordHash?: string;
  locale?: string;
  consents?: { email?: boolean; sms?: boolean };
  homeShopId?: string;
};

/**
 * Enrols a customer with their points account, on the programme's entry tier. A customer with
 * the same email or phone already exists: `customer_exists`.
 */
export const createCustomer = async (tx: Tx, input: NewCustomer): Promise<CustomerSummary> => {
  const entryTier = await tx.tier.findFirstOrThrow({
    orderBy: { rank: 'asc' },
    select: { id: true },
  });
  const now = new Date();
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
        emailConsentAt: input.consents?.email ? now : null,
        smsConsentAt: input.consents?.sms ? now : null,
      },
      select: { id: true },
    });
    await openCustomerAccount(tx, customer.id);
    return await getCustomerSummary(tx, customer.id);
  } catch (error) {
    // A concurrent enrolment with the same email or phone won the race.
    if (isUniqueViolation(error)) throw customerExists();
    throw error;
  }
};

const customerExists = () => new AppError('customer_exists');

export const getCustomerSummary = async (db: Db | Tx, id: string): Promise<CustomerSummary> => {
  const customer = await db.customer.findUnique({ where: { id }, select: customerSummarySelect });
  if (!customer) throw customerNotFound();
  return toCustomerSummary(customer);
};

export type CustomerIdentifier =
  { memberCode: string } | { email: string } | { phone: string } | { id: string };

export const findCustomer = async (
  db: Db | Tx,
  identifier: CustomerIdentifier,
): Promise<CustomerSummary> => {
  const customer = await db.customer.findUnique({
    where: identifier as { id: string },
    select: customerSummarySelect,
  });
  if (!customer) throw customerNotFound();
  return toCustomerSummary(customer);
};

export const customerNotFound = () =>
  new AppError('customer_not_found', 'No customer matches this identifier.');
