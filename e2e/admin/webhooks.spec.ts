import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyDelivery } from '@fidele/core/outbound-webhooks';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

type Received = { id: string; timestamp: string; signature: string; body: string };

/** An integrator's receiver on this machine: keeps every delivery and answers 200. */
const startReceiver = async () => {
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push({
      id: String(request.headers['webhook-id']),
      timestamp: String(request.headers['webhook-timestamp']),
      signature: String(request.headers['webhook-signature']),
      body: Buffer.concat(chunks).toString('utf8'),
    });
    response.writeHead(200).end('thanks');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/fidele-events`,
    received,
    /** The first delivery whose event matches. */
    find: (match: (event: { type: string; data: Record<string, unknown> }) => boolean) =>
      received.find((delivery) => match(JSON.parse(delivery.body))),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
};

test.use({ viewport: { width: 1024, height: 768 } });

test('an endpoint on a local receiver gets points.earned for a till purchase, signed, and its page shows the delivery', async ({
  page,
  request,
  storeKey,
  makeStaff,
  db,
}) => {
  const receiver = await startReceiver();
  const owner = await makeStaff('OWNER');
  const customer = await makeCustomer(db);
  await signInToAdmin(page, owner);

  await page.getByRole('link', { name: 'Webhooks' }).click();
  await page.getByRole('link', { name: 'Add an endpoint' }).click();
  await page.getByRole('button', { name: 'Create the endpoint' }).click();
  await expect(page.getByText('Choose at least one event.')).toBeVisible();
  await page.getByLabel('Address (URL)').fill(receiver.url);
  await page.getByLabel('Description').fill('E2E receiver');
  await page.getByRole('checkbox', { name: /^points\.earned/ }).check();
  await page.getByRole('button', { name: 'Create the endpoint' }).click();
  const secret = (await page.getByTestId('webhook-endpoint-secret').textContent())!.trim();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  await page.getByRole('button', { name: 'I have copied the secret' }).click();
  await expect(page).toHaveURL(/\/webhooks\/[0-9a-f-]{36}$/);
  const endpointId = new URL(page.url()).pathname.split('/').at(-1)!;

  try {
    const externalId = `WH-${Date.now()}`;
    const purchase = await request.post(`${urls.api}/api/v1/purchases`, {
      headers: { authorization: `Bearer ${storeKey}`, 'idempotency-key': externalId },
      data: {
        externalId,
        memberCode: customer.memberCode,
        amount: 4_250,
        currency: 'EUR',
        occurredAt: new Date().toISOString(),
      },
    });
    expect(purchase.status()).toBe(201);
    const { pointsEarned } = (await purchase.json()).purchase;

    const ours = (event: { type: string; data: Record<string, unknown> }) =>
      event.type === 'points.earned' &&
      (event.data.purchase as { externalId?: string } | null)?.externalId === externalId;
    await expect.poll(() => receiver.find(ours), { timeout: 20_000 }).toBeTruthy();
    const delivery = receiver.find(ours)!;
    expect(delivery.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(JSON.parse(delivery.body)).toMatchObject({
      type: 'points.earned',
      data: {
        customer: { id: customer.id, memberCode: customer.memberCode },
        points: pointsEarned,
        channel: 'STORE',
        purchase: { externalId, amount: 4_250, currency: 'EUR' },
      },
    });
    expect(
      verifyDelivery({
        secret,
        headers: delivery,
        body: delivery.body,
        now: Math.floor(Date.now() / 1000),
      }),
    ).toBe(true);
    expect(
      verifyDelivery({
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        headers: delivery,
        body: delivery.body,
        now: Math.floor(Date.now() / 1000),
      }),
    ).toBe(false);

    // Its page shows the delivery, delivered, with the request and the response.
    const row = page.getByTestId('webhook-delivery').filter({ hasText: delivery.id });
    await expect(row.getByText('Delivered')).toBeVisible({ timeout: 10_000 });
    await row.locator('summary').click();
    const attempt = row.getByTestId('webhook-attempt');
    await expect(attempt).toContainText('HTTP 200');
    await expect(attempt).toContainText(`webhook-id: ${delivery.id}`);
    await expect(attempt).toContainText(externalId);
    await expect(attempt).toContainText('thanks');

    // The test button sends a webhook.test to this endpoint.
    await page.getByRole('button', { name: 'Send a test event' }).click();
    await expect(page.getByText('A webhook.test event is on its way')).toBeVisible();
    await expect
      .poll(() => receiver.find((event) => event.type === 'webhook.test'), { timeout: 20_000 })
      .toBeTruthy();
  } finally {
    await db.webhookEndpoint.delete({ where: { id: endpointId } });
    await receiver.close();
  }
});

test('other roles have no webhooks', async ({ page, makeStaff }) => {
  await signInToAdmin(page, await makeStaff('MARKETING'));
  await expect(page.getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
  await page.goto(`${urls.admin}/webhooks`);
  await expect(page.getByRole('heading', { name: 'Webhooks' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add an endpoint' })).toHaveCount(0);
});
