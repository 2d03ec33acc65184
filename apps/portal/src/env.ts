import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.url(),
  AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must be at least 16 characters'),
  SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
  PORTAL_URL: z.url().default('http://127.0.0.1:3000'),
  MAIL_FROM: z.string().min(3).default('Fidèle <no-reply@fidele.example>'),
  /** Signs the unsubscribe links of marketing emails; the worker that sends them has the same. */
  MESSAGE_LINK_SECRET: z.string().min(16, 'MESSAGE_LINK_SECRET must be at least 16 characters'),
});

export type PortalEnv = z.infer<typeof schema>;

let parsed: PortalEnv | undefined;

/**
 * The portal's settings, validated on first use (at request time, so `next build` needs no
 * secrets). The only place the portal reads `process.env`.
 */
export const env = (): PortalEnv => (parsed ??= schema.parse(process.env));
