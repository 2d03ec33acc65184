import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '@fidele/db';
import type { Terminal } from '../api-keys/index.ts';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { shopNotFound } from '../shops/index.ts';

/** A new secret: `whsec_` and 32 random base64url characters (192 bits). */
export const generateWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64url')}`;

/**
 * Gives an e-shop a new signing secret, replacing the old one at once, and audits who did. The
 * secret is returned once: only the shop's server should keep it.
 */
export const rotateWebhookSecret = async (
  tx: Tx,
  input: { shopId: string; staffUserId: string },
): Promise<{ secret: string }> => {
  const shop = await tx.shop.findUnique({
    where: { id: input.shopId },
    select: { kind: true, webhookSecret: true },
  });
  if (!shop) throw shopNotFound();
  if (shop.kind !== 'ESHOP') throw new AppError('shop_not_eshop');
  const secret = generateWebhookSecret();
  await tx.shop.update({ where: { id: input.shopId }, data: { webhookSecret: secret } });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'shop.webhook_secret.rotate',
    target: { type: 'shop', id: input.shopId },
    data: { replaced: shop.webhookSecret !== null },
  });
  return { secret };
};

/** Which e-shops have a signing secret (never the secret itself). */
export const listWebhookSettings = async (
  db: Db,
): Promise<{ shopId: string; secretSet: boolean }[]> => {
  const shops = await db.shop.findMany({
    where: { kind: 'ESHOP' },
    select: { id: true, webhookSecret: true },
  });
  return shops.map((shop) => ({ shopId: shop.id, secretSet: shop.webhookSecret !== null }));
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The e-shop a delivery names, as the terminal its events act for (recording purchases and
 * refunds only), and its secret; undefined when it cannot sign (unknown, a store, no secret).
 */
export const findWebhookSender = async (
  db: Db,
  shopId: string,
): Promise<{ terminal: Terminal; secret: string } | undefined> => {
  if (!UUID.test(shopId)) return undefined;
  const found = await db.shop.findUnique({
    where: { id: shopId },
    select: { id: true, name: true, kind: true, currency: true, webhookSecret: true },
  });
  if (!found || found.kind !== 'ESHOP' || !found.webhookSecret) return undefined;
  const { webhookSecret, ...shop } = found;
  return { terminal: { scopes: ['purchases:write'], shop }, secret: webhookSecret };
};
