import { hashPassword } from '@fidele/auth/password';
import { createApiKey } from '@fidele/core/api-keys';
import { createCustomer } from '@fidele/core/customers';
import { recordMovement } from '@fidele/core/ledger';
import { recordPurchase } from '@fidele/core/purchases';
import type { Db, StaffRole } from '@fidele/db';

/** Demo credentials, printed by `npm start`. Never use them outside a demo. */
export const DEMO = {
  password: 'demo1234',
  customer: { email: 'camille@example.com', firstName: 'Camille', lastName: 'Martin' },
  staff: [
    { email: 'owner@example.com', name: 'Olivia Owner', role: 'OWNER' },
    { email: 'marketing@example.com', name: 'Inès Marketing', role: 'MARKETING' },
    { email: 'store@example.com', name: 'Karim Store', role: 'STORE_MANAGER' },
    { email: 'support@example.com', name: 'Sam Support', role: 'SUPPORT' },
  ] satisfies { email: string; name: string; role: StaffRole }[],
  shops: {
    store: { name: 'Paris Marais', city: 'Paris', key: 'fdl_demo_store_paris_000000000000' },
    eshop: { name: 'E-shop', key: 'fdl_demo_eshop_000000000000000000' },
  },
} as const;

const OTHER_CUSTOMERS = [
  ['Hugo', 'Bernard'],
  ['Chloé', 'Dubois'],
  ['Lucas', 'Thomas'],
  ['Manon', 'Robert'],
  ['Nathan', 'Richard'],
  ['Jade', 'Petit'],
  ['Louis', 'Durand'],
  ['Emma', 'Leroy'],
] as const;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** True when the database holds no programme yet (first start). */
export const isEmpty = async (db: Db) => (await db.shop.count()) === 0;

/**
 * The demo programme: two shops with fixed API keys, staff of every role, Camille with a history
 * in both channels, and a few more members so lists are not empty.
 */
export const seedDemo = async (db: Db) => {
  const passwordHash = await hashPassword(DEMO.password);
  await db.$transaction(
    async (tx) => {
      const store = await tx.shop.create({
        data: { name: DEMO.shops.store.name, city: DEMO.shops.store.city, kind: 'STORE' },
      });
      const eshop = await tx.shop.create({ data: { name: DEMO.shops.eshop.name, kind: 'ESHOP' } });
      await createApiKey(tx, { shopId: store.id, name: 'Till 1', key: DEMO.shops.store.key });
      await createApiKey(tx, {
        shopId: eshop.id,
        name: 'E-shop backend',
        key: DEMO.shops.eshop.key,
      });
      for (const staff of DEMO.staff)
        await tx.staffUser.create({
          data: {
            ...staff,
            passwordHash,
            ...(staff.role === 'STORE_MANAGER' ? { shops: { connect: { id: store.id } } } : {}),
          },
        });

      const camille = await createCustomer(tx, {
        ...DEMO.customer,
        phone: '+33612345678',
        passwordHash,
        consents: { email: true, sms: true },
        homeShopId: store.id,
      });
      const purchases = [
        { shop: store, channel: 'STORE', externalId: 'PM-0001', amount: 8_950, days: 40 },
        { shop: eshop, channel: 'ESHOP', externalId: 'WEB-10001', amount: 12_400, days: 25 },
        { shop: store, channel: 'STORE', externalId: 'PM-0042', amount: 4_599, days: 9 },
        { shop: eshop, channel: 'ESHOP', externalId: 'WEB-10077', amount: 6_990, days: 2 },
      ] as const;
      for (const p of purchases)
        await recordPurchase(tx, {
          shopId: p.shop.id,
          channel: p.channel,
          externalId: p.externalId,
          customerId: camille.id,
          amount: p.amount,
          currency: 'EUR',
          occurredAt: daysAgo(p.days),
        });
      await recordMovement(tx, {
        customerId: camille.id,
        type: 'ADJUST',
        channel: 'ADMIN',
        points: 50,
        source: { type: 'ADJUSTMENT' },
        reason: 'Welcome gesture after a delayed delivery',
      });

      for (const [index, [firstName, lastName]] of OTHER_CUSTOMERS.entries()) {
        const customer = await createCustomer(tx, {
          firstName,
          lastName,
          email: `${firstName.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${lastName.toLowerCase()}@example.com`,
          passwordHash,
          homeShopId: index % 2 ? eshop.id : store.id,
        });
        await recordPurchase(tx, {
          shopId: index % 2 ? eshop.id : store.id,
          channel: index % 2 ? 'ESHOP' : 'STORE',
          externalId: `SEED-${index + 1}`,
          customerId: customer.id,
          amount: 2_000 + index * 1_750,
          currency: 'EUR',
          occurredAt: daysAgo(3 + index * 4),
        });
      }
    },
    { timeout: 60_000 },
  );
};
