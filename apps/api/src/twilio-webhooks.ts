import { errorBody } from '@fidele/api';
import { recordSmsDelivery, recordSmsReply } from '@fidele/core/messages';
import type { Db } from '@fidele/db';
import { isTwilioSignatureValid } from '@fidele/messaging';
import { smsDeliveryInput, smsReplyInput } from '@fidele/validators';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './error-reply.ts';

export const SMS_REPLIES_PATH = '/webhooks/sms/twilio';
export const SMS_STATUS_PATH = '/webhooks/sms/twilio/status';

/**
 * Twilio's webhooks: its auth token, which signs them, and the public URLs it calls (replies to
 * our SMS, and the delivery reports of each SMS: the worker's `SMS_STATUS_CALLBACK_URL`).
 */
export type TwilioWebhooks = { authToken: string; repliesUrl?: string; statusUrl?: string };

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * Replies to our SMS and delivery reports, both forwarded by Twilio (form-encoded, signed with the
 * account's auth token over the URL it called and the form). A reply STOP withdraws the sender's
 * SMS consent at once, through the same `recordSmsReply` as the development outbox's "reply
 * STOP"; a report says whether the SMS reached the phone. Both answer an empty TwiML document, so
 * Twilio sends nothing back (the carrier confirms a STOP itself).
 */
export const registerTwilioWebhooks = (
  app: FastifyInstance,
  options: { db: Db; prefix: string; twilio?: TwilioWebhooks },
) =>
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, body),
    );

    /** The signed form, or null once the refusal is sent: its URL is the one Twilio signed. */
    const signedForm = (
      request: FastifyRequest<{ Body: string }>,
      reply: FastifyReply,
      publicUrl: string | undefined,
    ) => {
      const params = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
      const header = request.headers['x-twilio-signature'];
      const url = publicUrl && new URL(publicUrl);
      // A delivery report's URL carries the message's id in its query, as the worker set it.
      if (url) url.search = new URL(request.url, 'http://api.invalid').search;
      if (
        !options.twilio ||
        !url ||
        !isTwilioSignatureValid({
          authToken: options.twilio.authToken,
          url: url.toString(),
          params,
          header: typeof header === 'string' ? header : undefined,
        })
      ) {
        void sendError(reply, { status: 401, body: errorBody('invalid_signature') });
        return null;
      }
      return params;
    };
    const answered = (reply: FastifyReply) => reply.code(200).type('text/xml').send(EMPTY_TWIML);

    scope.post<{ Body: string }>(`${options.prefix}${SMS_REPLIES_PATH}`, async (request, reply) => {
      const params = signedForm(request, reply, options.twilio?.repliesUrl);
      if (!params) return reply;
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
      return answered(reply);
    });

    scope.post<{ Body: string; Querystring: { message?: string } }>(
      `${options.prefix}${SMS_STATUS_PATH}`,
      async (request, reply) => {
        const params = signedForm(request, reply, options.twilio?.statusUrl);
        if (!params) return reply;
        const parsed = smsDeliveryInput.safeParse({
          messageId: request.query.message,
          status: params.get('MessageStatus') ?? '',
          errorCode: params.get('ErrorCode'),
        });
        if (!parsed.success)
          return sendError(reply, {
            status: 400,
            body: errorBody(
              'invalid_request',
              'A delivery report needs the message in its URL and a MessageStatus.',
            ),
          });
        await recordSmsDelivery(options.db, parsed.data);
        return answered(reply);
      },
    );
  });
