import { createHash, randomBytes } from 'node:crypto';
import type { Db, ShopKind, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';

export const API_SCOPES = [
  'customers:read',
  'customers:write',
  'purchases:write',
  'rewards:read',
  'rewards:claim',
  'codes:redeem',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PREFIX_LENGTH = 12;

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** A new key: `fdl_live_` and 26 random base-36 characters (~134 bits). */
export const generateApiKey = (): string => {
  const bytes = randomBytes(26);
  let body = '';
  for (const byte of bytes) body += KEY_ALPHABET[byte % KEY_ALPHABET.length];
  return `fdl_live_${body}`;
};

/** A till or e-shop calling the terminal procedures. */
export type Terminal = {
  /** The API key it called with; none for an e-shop's order webhook, authenticated by its signature. */
  apiKeyId?: string;
  scopes: string[];
  shop: { id: string; name: string; kind: ShopKind; currency: string };
};

/** Creates a key for a shop. The plain key is returned once and only its hash is stored. */
export const createApiKey = async (
  tx: Tx,
  input: { shopId: string; name: string; scopes?: readonly ApiScope[]; key?: string },
): Promise<{ id: string; key: string; prefix: string }> => {
  const key = input.key ?? generateApiKey();
  const prefix = key.slice(0, PREFIX_LENGTH);
  const created = await tx.apiKey.create({
    data: {
      shopId: input.shopId,
      name: input.name,
      prefix,
      hash: hashApiKey(key),
      scopes: [...(input.scopes ?? API_SCOPES)],
    },
    select: { id: true },
  });
  return { id: created.id, key, prefix };
};

export const unauthorized = () =>
  new AppError('unauthorized', 'Missing, unknown or revoked API key.');

type FoundKey = {
  id: string;
  scopes: string[];
  revokedAt: Date | null;
  shopId: string;
  shopName: string;
  kind: ShopKind;
  currency: string;
};

/** Whether a Bearer value could be a key at all, before anything is hashed or read. */
export const isPlausibleApiKey = (key: string | undefined): key is string =>
  !!key && key.length <= 200;

/**
 * The till or e-shop behind a Bearer key; unknown and revoked keys are refused alike. This is the
 * database's answer (the API servers ask it through `createApiKeyCache`); it records the key's
 * use in the same statement, at most once a minute: the update's condition is re-checked on the
 * row it waits for, and a request that finds the row being written skips it, so a burst of
 * requests writes it once.
 */
export const authenticateApiKey = async (db: Db, key: string | undefined): Promise<Terminal> => {
  if (!isPlausibleApiKey(key)) throw unauthorized();
  const [found] = await db.$queryRaw<FoundKey[]>`
    WITH found AS (
      SELECT k.id, k.scopes, k."revokedAt", s.id AS "shopId", s.name AS "shopName", s.kind, s.currency
      FROM "ApiKey" k JOIN "Shop" s ON s.id = k."shopId" WHERE k.hash = ${hashApiKey(key)}
    ), used AS (
      UPDATE "ApiKey" SET "lastUsedAt" = now()
      WHERE id = (
        SELECT id FROM "ApiKey"
        WHERE id = (SELECT id FROM found WHERE "revokedAt" IS NULL)
          AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')
        FOR UPDATE SKIP LOCKED
      )
    )
    SELECT * FROM found`;
  if (!found || found.revokedAt) throw unauthorized();
  return {
    apiKeyId: found.id,
    scopes: found.scopes,
    shop: { id: found.shopId, name: found.shopName, kind: found.kind, currency: found.currency },
  };
};

/** Notes a key's use, as `authenticateApiKey` does, for a key authenticated from memory. */
export const recordApiKeyUse = async (db: Db, apiKeyId: string): Promise<void> => {
  await db.$executeRaw`
    UPDATE "ApiKey" SET "lastUsedAt" = now()
    WHERE id = ${apiKeyId}::uuid AND "revokedAt" IS NULL
      AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`;
};

export const requireScope = (terminal: Terminal, scope: ApiScope): void => {
  if (!terminal.scopes.includes(scope))
    throw new AppError('forbidden', `This API key lacks the ${scope} scope.`);
};

export const channelOfShop = (kind: ShopKind): 'STORE' | 'ESHOP' =>
  kind === 'ESHOP' ? 'ESHOP' : 'STORE';
