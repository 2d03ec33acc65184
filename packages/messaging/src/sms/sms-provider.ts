import type { Db } from '@fidele/db';
import { z } from 'zod';
import { smsLength } from './segments.ts';

/** One SMS, carrying the id of the outbox message it delivers. */
export type SmsToSend = { messageId: string; to: string; body: string };

export type SmsProvider = {
  /** The sender name or short code the SMS come from. */
  sender: string;
  /**
   * `alreadySent` when the provider knows this message id already: nothing went out again;
   * `delivered` when taking it was delivering it (a real provider reports delivery later).
   */
  send: (sms: SmsToSend) => Promise<{ alreadySent: boolean; delivered: boolean }>;
};

/**
 * The development provider: each SMS is kept in the database, for the admin's SMS outbox, one per
 * message id, so a resend after an interrupted attempt is recognised and not stored twice.
 */
export const developmentSmsProvider = (db: Db, sender: string): SmsProvider => ({
  sender,
  send: async ({ messageId, to, body }) => {
    const stored = await db.smsOutboxEntry.createMany({
      data: [{ messageId, to, sender, body, segments: smsLength(body).segments }],
      skipDuplicates: true,
    });
    return { alreadySent: stored.count === 0, delivered: true };
  },
});

/**
 * Twilio's Messages API. The message id rides in the status callback's URL, so a delivery report
 * names the outbox message it is about.
 */
export const twilioSmsProvider = (config: {
  accountSid: string;
  authToken: string;
  sender: string;
  apiUrl: string;
  statusCallbackUrl?: string;
}): SmsProvider => ({
  sender: config.sender,
  send: async ({ messageId, to, body }) => {
    const form = new URLSearchParams({ To: to, From: config.sender, Body: body });
    if (config.statusCallbackUrl) {
      const callback = new URL(config.statusCallbackUrl);
      callback.searchParams.set('message', messageId);
      form.set('StatusCallback', callback.toString());
    }
    const response = await fetch(
      new URL(`/2010-04-01/Accounts/${config.accountSid}/Messages.json`, config.apiUrl),
      {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: form,
        signal: AbortSignal.timeout(15_000),
      },
    );
    if (!response.ok)
      throw new Error(`Twilio refused the SMS (${response.status}): ${await response.text()}`);
    return { alreadySent: false, delivered: false };
  },
});

const smsEnv = z.discriminatedUnion('SMS_PROVIDER', [
  z.object({
    SMS_PROVIDER: z.literal('development'),
    SMS_SENDER: z.string().min(1).max(11).default('Fidele'),
  }),
  z.object({
    SMS_PROVIDER: z.literal('twilio'),
    SMS_SENDER: z.string().min(1).max(16),
    TWILIO_ACCOUNT_SID: z.string().min(1),
    TWILIO_AUTH_TOKEN: z.string().min(1),
    TWILIO_API_URL: z.url().default('https://api.twilio.com'),
    SMS_STATUS_CALLBACK_URL: z.url().optional(),
  }),
]);

/**
 * The provider the environment names: `SMS_PROVIDER=twilio` with its credentials and sender, or
 * the development one (the default), which keeps the SMS for the admin's outbox.
 */
export const smsProviderFromEnv = (
  db: Db,
  env: Record<string, string | undefined>,
): SmsProvider => {
  const config = smsEnv.parse({ ...env, SMS_PROVIDER: env.SMS_PROVIDER ?? 'development' });
  return config.SMS_PROVIDER === 'twilio'
    ? twilioSmsProvider({
        accountSid: config.TWILIO_ACCOUNT_SID,
        authToken: config.TWILIO_AUTH_TOKEN,
        sender: config.SMS_SENDER,
        apiUrl: config.TWILIO_API_URL,
        statusCallbackUrl: config.SMS_STATUS_CALLBACK_URL,
      })
    : developmentSmsProvider(db, config.SMS_SENDER);
};
