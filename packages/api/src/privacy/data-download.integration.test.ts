import { makeCustomer } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { customerRouter } from '../customer/index.ts';
import { createCallerFactory } from '../trpc.ts';
import { dataDownload, exportCustomerDataForStaff } from './data-download.ts';

let t: TestDatabase;
const asCustomer = (id: string) =>
  createCallerFactory(customerRouter)({ db: t.db, customer: { id }, response: {} });

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

it('lets a customer download her own data as a JSON file, a few times an hour', async () => {
  const camille = await makeCustomer(t.db, { firstName: 'Camille' });
  const download = () => dataDownload(() => asCustomer(camille.id).privacy.exportData());
  const response = await download();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(
    new RegExp(
      `^attachment; filename="fidele-data-${camille.memberCode}-\\d{4}-\\d{2}-\\d{2}\\.json"$`,
    ),
  );
  expect(await response.json()).toMatchObject({ customer: { email: camille.email } });
  for (let i = 0; i < 4; i++) await download();
  const limited = await download();
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
});

it('lets only the owner download a customer’s data, signed in, for a customer that exists', async () => {
  const camille = await makeCustomer(t.db);
  const as = (role: 'OWNER' | 'SUPPORT' | 'MARKETING' | null, customerId = camille.id) =>
    dataDownload(() =>
      exportCustomerDataForStaff(
        t.db,
        role ? { id: crypto.randomUUID(), role } : undefined,
        customerId,
      ),
    );
  expect((await as('OWNER')).status).toBe(200);
  expect((await as('SUPPORT')).status).toBe(403);
  expect((await as('MARKETING')).status).toBe(403);
  expect((await as(null)).status).toBe(401);
  expect((await as('OWNER', 'not-a-uuid')).status).toBe(400);
  const missing = await as('OWNER', '00000000-0000-4000-8000-000000000000');
  expect(missing.status).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: 'customer_not_found' } });
});
