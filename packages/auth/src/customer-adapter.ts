import type { Db } from '@fidele/db';
import type { Adapter, AdapterUser, VerificationToken } from 'next-auth/adapters';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const userSelect = {
  id: true,
  email: true,
  emailVerified: true,
  firstName: true,
  lastName: true,
} as const;

type CustomerUser = {
  id: string;
  email: string;
  emailVerified: Date | null;
  firstName: string;
  lastName: string | null;
};

const toUser = (customer: CustomerUser): AdapterUser => ({
  id: customer.id,
  email: customer.email,
  emailVerified: customer.emailVerified,
  name: [customer.firstName, customer.lastName].filter(Boolean).join(' '),
});

/**
 * The few adapter methods magic links need, on the existing models: users are customers,
 * tokens live in VerificationToken. It never creates a customer: signing up is its own step.
 */
export const customerAdapter = (db: Db): Adapter => ({
  createVerificationToken: async (token) => {
    await db.verificationToken.create({ data: token });
    return token;
  },
  // Deleting and returning in one statement makes a link work exactly once, even when two
  // requests race with it (e.g. a mail scanner pre-fetching the link).
  useVerificationToken: async ({ identifier, token }) => {
    const rows = await db.$queryRaw<VerificationToken[]>`
      DELETE FROM "VerificationToken" WHERE identifier = ${identifier} AND token = ${token}
      RETURNING identifier, token, expires`;
    return rows[0] ?? null;
  },
  getUserByEmail: async (email) => {
    const customer = await db.customer.findUnique({ where: { email }, select: userSelect });
    return customer ? toUser(customer) : null;
  },
  getUser: async (id) => {
    if (!UUID.test(id)) return null;
    const customer = await db.customer.findUnique({ where: { id }, select: userSelect });
    return customer ? toUser(customer) : null;
  },
  updateUser: async ({ id, emailVerified }) => {
    const customer = await db.customer.update({
      where: { id },
      data: emailVerified === undefined ? {} : { emailVerified },
      select: userSelect,
    });
    return toUser(customer);
  },
  createUser: () => {
    throw new Error('A magic link signs in an existing customer only; sign up first.');
  },
});
