import type { Db, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { shopNotFound } from '../shops/index.ts';
import { createApiKey } from './api-key.ts';

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export type IssuedApiKey = ApiKeyView & {
  /** The plain key: shown to staff this once, never stored. */
  key: string;
};

const apiKeyViewSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** A shop's keys, active first then newest; never the key itself nor its hash. */
export const listApiKeys = async (db: Db, shopId: string): Promise<ApiKeyView[]> => {
  const keys = await db.apiKey.findMany({
    where: { shopId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: apiKeyViewSelect,
  });
  return [...keys.filter((k) => !k.revokedAt), ...keys.filter((k) => k.revokedAt)];
};

/** A staff member issues a key for a shop's till or e-shop; the plain key is returned once. */
export const issueApiKey = async (
  tx: Tx,
  input: { shopId: string; name: string; staffUserId: string },
): Promise<IssuedApiKey> => {
  const shop = await tx.shop.findUnique({ where: { id: input.shopId }, select: { id: true } });
  if (!shop) throw shopNotFound();
  const { id, key } = await createApiKey(tx, { shopId: input.shopId, name: input.name });
  const view = await tx.apiKey.findUniqueOrThrow({ where: { id }, select: apiKeyViewSelect });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'api-key.create',
    target: { type: 'api-key', id },
    data: { shopId: input.shopId, name: view.name, prefix: view.prefix },
  });
  return { ...view, key };
};

/** Revokes a key at once: the next request made with it is refused. Revoking twice is a conflict. */
export const revokeApiKey = async (
  tx: Tx,
  input: { apiKeyId: string; staffUserId: string },
): Promise<ApiKeyView> => {
  const revoked = await tx.apiKey.updateMany({
    where: { id: input.apiKeyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const key = await tx.apiKey.findUnique({
    where: { id: input.apiKeyId },
    select: { ...apiKeyViewSelect, shopId: true },
  });
  if (!key) throw new AppError('api_key_not_found');
  if (revoked.count === 0) throw new AppError('api_key_revoked');
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'api-key.revoke',
    target: { type: 'api-key', id: key.id },
    data: { shopId: key.shopId, name: key.name, prefix: key.prefix },
  });
  const { shopId: _shopId, ...view } = key;
  return view;
};
