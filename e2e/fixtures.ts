import { hashPassword } from '@fidele/auth/password';
import { test as base } from '@playwright/test';
import { makeApiKey, makeShop, makeStaffUser } from '@fidele/core/testing';
import { createDb, type Db, type StaffRole } from '@fidele/db';
import { databaseUrl } from './env.ts';

type Staff = { id: string; email: string; password: string };
type Fixtures = {
  db: Db;
  storeKey: string;
  eshopKey: string;
  makeStaff: (role: StaffRole) => Promise<Staff>;
};

/** Each test makes its own data (unique shops, keys, customers) straight in the run's database. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  db: async ({}, use) => {
    const db = createDb(databaseUrl, { max: 3 });
    await use(db);
    await db.$disconnect();
  },
  storeKey: async ({ db }, use) => {
    const shop = await makeShop(db, { kind: 'STORE' });
    await use(await makeApiKey(db, { shopId: shop.id }));
  },
  eshopKey: async ({ db }, use) => {
    const shop = await makeShop(db, { kind: 'ESHOP' });
    await use(await makeApiKey(db, { shopId: shop.id }));
  },
  makeStaff: async ({ db }, use) => {
    await use(async (role) => {
      const password = 'e2e-password';
      const staff = await makeStaffUser(db, { role, passwordHash: await hashPassword(password) });
      return { ...staff, password };
    });
  },
});

export { expect } from '@playwright/test';
