import type { Db, SignUpSource } from '@fidele/db';
import { customerNotFound } from './customer-not-found.ts';

export type CustomerProfile = {
  id: string;
  memberCode: string;
  firstName: string;
  lastName: string | null;
  email: string;
  phone: string | null;
  locale: string;
  emailVerified: Date | null;
  emailConsentAt: Date | null;
  smsConsentAt: Date | null;
  createdAt: Date;
  /** Her personal data was erased: she is a pseudonymous customer. */
  erasedAt: Date | null;
  /** Support blocked the account: when, why (staff's words) and who. */
  blockedAt: Date | null;
  blockedReason: string | null;
  blockedBy: { name: string } | null;
  tier: { code: string; name: string };
  homeShop: { id: string; name: string } | null;
  signUpSource: SignUpSource;
  /** The contest whose link she joined through (source CONTEST). */
  signUpContest: { id: string; titleEn: string; titleFr: string } | null;
  pointsBalance: number;
  /** Support merged this account into another of hers (it only redirects there): when, which. */
  mergedAt: Date | null;
  mergedInto: MergedAccount | null;
  /** Her other accounts support merged into this one. */
  mergedFrom: (MergedAccount & { email: string; mergedAt: Date | null })[];
};

type MergedAccount = { id: string; memberCode: string; firstName: string; lastName: string | null };

const mergedAccount = { id: true, memberCode: true, firstName: true, lastName: true } as const;

/** Everything staff see at the top of a customer's 360° page. */
export const getCustomerProfile = async (db: Db, id: string): Promise<CustomerProfile> => {
  const customer = await db.customer.findUnique({
    where: { id },
    select: {
      id: true,
      memberCode: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      locale: true,
      emailVerified: true,
      emailConsentAt: true,
      smsConsentAt: true,
      createdAt: true,
      erasedAt: true,
      blockedAt: true,
      blockedReason: true,
      blockedBy: { select: { name: true } },
      tier: { select: { code: true, name: true, nameFr: true } },
      homeShop: { select: { id: true, name: true } },
      signUpSource: true,
      signUpContest: { select: { id: true, titleEn: true, titleFr: true } },
      account: { select: { balance: true } },
      mergedAt: true,
      mergedInto: { select: mergedAccount },
      mergedFrom: {
        select: { ...mergedAccount, email: true, mergedAt: true },
        orderBy: { mergedAt: 'asc' },
      },
    },
  });
  if (!customer) throw customerNotFound();
  const { account, ...profile } = customer;
  return { ...profile, pointsBalance: account?.balance ?? 0 };
};
