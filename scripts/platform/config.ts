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

/** Session secrets, generated on first start and kept with the data so sessions survive restarts. */
export const loadSecrets = (home: string): { portal: string; admin: string } => {
  const file = join(home, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(home, { recursive: true });
  const secrets = {
    portal: randomBytes(32).toString('base64url'),
    admin: randomBytes(32).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
};
