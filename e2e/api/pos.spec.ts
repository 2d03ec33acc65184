import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';

// The POS contract over real HTTP, as a till integrates it.
test('a till enrols a customer, records a purchase and the points are on the customer', async ({
  request,
  storeKey,
}) => {
  const headers = { authorization: `Bearer ${storeKey}` };
  const email = `till-${Date.now()}@example.com`;
  const enrol = await request.post(`${urls.api}/api/v1/customers`, {
    headers,
    data: { email, firstName: 'Zoé', consents: { email: true } },
  });
  expect(enrol.status()).toBe(201);
  const { customer } = await enrol.json();

  const body = {
    externalId: `E2E-${Date.now()}`,
    memberCode: customer.memberCode,
    amount: 2_599,
    currency: 'EUR',
    occurredAt: new Date().toISOString(),
  };
  const purchase = await request.post(`${urls.api}/api/v1/purchases`, {
    headers: { ...headers, 'idempotency-key': body.externalId },
    data: body,
  });
  expect(purchase.status()).toBe(201);
  expect((await purchase.json()).purchase).toMatchObject({
    pointsEarned: 25,
    customer: { pointsBalance: 25 },
  });

  const retry = await request.post(`${urls.api}/api/v1/purchases`, {
    headers: { ...headers, 'idempotency-key': body.externalId },
    data: body,
  });
  expect(retry.status()).toBe(201);
  expect(retry.headers()['idempotent-replayed']).toBe('true');

  const lookup = await request.get(
    `${urls.api}/api/v1/customers/lookup?email=${encodeURIComponent(email)}`,
    { headers },
  );
  expect((await lookup.json()).customer.pointsBalance).toBe(25);
});

test('errors follow the contract shape', async ({ request }) => {
  const response = await request.get(`${urls.api}/api/v1/customers/lookup?email=a@example.com`);
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({
    error: { code: 'unauthorized', message: expect.any(String) },
  });
});

test('the API documents itself', async ({ page }) => {
  await page.goto(`${urls.api}/api/docs`);
  await expect(page.getByText('Fidèle POS and e-shop API').first()).toBeVisible();
});
