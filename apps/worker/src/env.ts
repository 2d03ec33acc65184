import { z } from 'zod';

export const env = z
  .object({
    DATABASE_URL: z.url(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).default('Fidèle <no-reply@fidele.example>'),
    /** The portal's public URL: the messages' links open it. */
    PORTAL_URL: z.url().default('http://127.0.0.1:3000'),
    /** The admin's public URL: an owner told of a switched-off webhook endpoint opens it. */
    ADMIN_URL: z.url().default('http://127.0.0.1:3001'),
    /** Signs marketing emails' unsubscribe links; the portal that checks them has the same. */
    MESSAGE_LINK_SECRET: z.string().min(16, 'MESSAGE_LINK_SECRET must be at least 16 characters'),
    /** How long a sending job owns a message before it counts as interrupted. */
    MESSAGE_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
    /** How long a worker holds a webhook delivery it took before another may send it again. */
    WEBHOOK_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  })
  .parse(process.env);
