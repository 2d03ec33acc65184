import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../audit/index.ts';
import { makeShop, makeStaffUser } from '../testing/index.ts';
import { findWebhookSender, listWebhookSettings, rotateWebhookSecret } from './index.ts';

let t: TestDatabase;
let staffUserId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'OWNER' })).id;
});
afterAll(() => t.drop());

const rotate = (shopId: string) =>
  t.db.$transaction((tx) => rotateWebhookSecret(tx, { shopId, staffUserId }));

describe('webhook secrets', () => {
  it('gives an e-shop a new secret, replacing the old one, audited without the secret', async () => {
    const shop = await makeShop(t.db, { kind: 'ESHOP' });
    expect(await listWebhookSettings(t.db)).toContainEqual({ shopId: shop.id, secretSet: false });
    expect(await findWebhookSender(t.db, shop.id)).toBeUndefined();

    const first = await rotate(shop.id);
    const second = await rotate(shop.id);
    expect(first.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(second.secret).not.toBe(first.secret);
    expect(await findWebhookSender(t.db, shop.id)).toEqual({
      terminal: { scopes: ['purchases:write'], shop: expect.objectContaining({ id: shop.id }) },
      secret: second.secret,
    });
    expect(await listWebhookSettings(t.db)).toContainEqual({ shopId: shop.id, secretSet: true });

    const audit = await listAuditEntries(t.db, { target: { type: 'shop', id: shop.id } });
    expect(audit.items.map((entry) => [entry.action, entry.data])).toEqual(
      expect.arrayContaining([
        ['shop.webhook_secret.rotate', { replaced: false }],
        ['shop.webhook_secret.rotate', { replaced: true }],
      ]),
    );
    expect(JSON.stringify(audit.items)).not.toContain(second.secret);
  });

  it('refuses a physical shop and an unknown shop', async () => {
    const store = await makeShop(t.db, { kind: 'STORE' });
    await expect(rotate(store.id)).rejects.toMatchObject({ code: 'shop_not_eshop' });
    await expect(rotate('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'shop_not_found',
    });
    expect(await findWebhookSender(t.db, 'not-a-uuid')).toBeUndefined();
  });
});
