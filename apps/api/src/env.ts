import { availableParallelism } from 'node:os';
import { z } from 'zod';

export const env = z
  .object({
    DATABASE_URL: z.url(),
    API_HOST: z.string().default('127.0.0.1'),
    API_PORT: z.coerce.number().int().positive().default(3002),
    /** API server processes sharing the port: one per core, at most 4 (each has its own pool). */
    API_PROCESSES: z.coerce.number().int().positive().default(Math.min(availableParallelism(), 4)),
    /** Database connections per API process. */
    API_DB_POOL: z.coerce.number().int().positive().default(16),
    /** Requests per API key per minute before 429 `rate_limited`. */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(3000),
    /** Twilio's auth token, which signs the SMS replies it forwards (STOP withdraws consent). */
    TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
    /** The public URL Twilio calls for replies: …/api/v1/webhooks/sms/twilio (it signs it). */
    SMS_REPLIES_URL: z.url().optional(),
    /** The public URL of SMS delivery reports, …/api/v1/webhooks/sms/twilio/status (the worker's too). */
    SMS_STATUS_CALLBACK_URL: z.url().optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .parse(process.env);
