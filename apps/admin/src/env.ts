import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().min(1),
  AUTH_SECRET: z.string().min(16),
  /** The admin's public URL, e.g. http://127.0.0.1:3001. */
  ADMIN_URL: z.string().url().default('http://127.0.0.1:3001'),
  /** The customer portal's public URL, which customers' messages link to. */
  PORTAL_URL: z.url().default('http://127.0.0.1:3000'),
  /** The POS and e-shop API's public URL, shown to staff as the e-shop's webhook endpoint. */
  API_URL: z.string().url().default('http://127.0.0.1:3002'),
  /** Where invitations and password links leave from, e.g. smtp://127.0.0.1:1025. */
  SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Fidèle <no-reply@fidele.example>'),
  /**
   * `1` lets webhook endpoints be http:// to localhost / 127.0.0.1 (`npm start` and the e2e suite
   * set it: a receiver on the same machine); anywhere else endpoints need https.
   */
  WEBHOOKS_ALLOW_LOCAL_HTTP: z.enum(['0', '1']).default('0'),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

/**
 * The admin's environment, validated on first use rather than at import, so `next build` runs
 * without secrets. The only place the app reads `process.env`.
 */
export const env = (): Env => (parsed ??= schema.parse(process.env));
