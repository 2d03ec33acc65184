import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Where the platform runs: ports, data directory and whether to load the demo programme. */
export const platformConfig = z
  .object({
    FIDELE_HOME: z.string().default(join(ROOT, '.fidele')),
    DATABASE_URL: z.url().optional(),
    FIDELE_PG_PORT: z.coerce.number().int().default(5433),
    PORTAL_PORT: z.coerce.number().int().default(3000),
    ADMIN_PORT: z.coerce.number().int().default(3001),
    API_PORT: z.coerce.number().int().default(3002),
    SMTP_PORT: z.coerce.number().int().default(1025),
    MAIL_WEB_PORT: z.coerce.number().int().default(1080),
    FIDELE_DEMO: z.enum(['1', '0']).default('1'),
  })
  .parse(process.env);

export type PlatformConfig = typeof platformConfig;

type Secrets = {
  /** Sign the portal's and the admin's sessions. */
  portal: string;
  admin: string;
  /** Signs messages' unsubscribe links: the worker makes them, the portal checks them. */
  messages: string;
};

/**
 * Secrets generated on first start and kept with the data, so sessions and the links of emails
 * already sent survive restarts; one missing from an older data directory is added.
 */
export const loadSecrets = (home: string): Secrets => {
  const file = join(home, 'secrets.json');
  const kept: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const fresh = () => randomBytes(32).toString('base64url');
  const secrets: Secrets = {
    portal: kept.portal ?? fresh(),
    admin: kept.admin ?? fresh(),
    messages: kept.messages ?? fresh(),
  };
  if (Object.keys(kept).length !== Object.keys(secrets).length) {
    mkdirSync(home, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
};
