import { errorBody } from '@fidele/api';
import { recordSmsReply } from '@fidele/core/messages';
import type { Db } from '@fidele/db';
import { isTwilioSignatureValid } from '@fidele/messaging';
import { smsReplyInput } from '@fidele/validators';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-reply.ts';

export const SMS_REPLIES_PATH = '/webhooks/sms/twilio';

/** Twilio's settings for replies: its auth token, and the public URL it calls (it signs it). */
export type TwilioReplies = { authToken: string; publicUrl: string };

/**
 * Replies to our SMS, forwarded by Twilio (form-encoded, signed with the account's auth token):
 * a STOP withdraws the sender's SMS consent at once, through the same `recordSmsReply` as the
 * development outbox's "reply STOP". Answers an empty TwiML document, so Twilio sends nothing
 * back (the carrier confirms a STOP itself).
 */
export const registerSmsReplies = (
  app: FastifyInstance,
  options: { db: Db; prefix: string; twilio?: TwilioReplies },
) =>
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, body),
    );
    scope.post<{ Body: string }>(`${options.prefix}${SMS_REPLIES_PATH}`, async (request, reply) => {
      const params = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
      const header = request.headers['x-twilio-signature'];
      if (
        !options.twilio ||
        !isTwilioSignatureValid({
          authToken: options.twilio.authToken,
          url: options.twilio.publicUrl,
          params,
          header: typeof header === 'string' ? header : undefined,
        })
      )
        return sendError(reply, { status: 401, body: errorBody('invalid_signature') });
      const parsed = smsReplyInput.safeParse({
        from: params.get('From') ?? '',
        body: params.get('Body') ?? '',
      });
      if (!parsed.success)
        return sendError(reply, {
          status: 400,
          body: errorBody('invalid_request', 'A reply needs From and Body.'),
        });
      await options.db.$transaction((tx) => recordSmsReply(tx, parsed.data));
      return reply
        .code(200)
        .type('text/xml')
        .send('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    });
  });
