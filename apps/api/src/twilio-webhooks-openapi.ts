import { errorResponses, EVERY_REQUEST } from '@fidele/api/terminal';
import { SMS_REPLIES_PATH, SMS_STATUS_PATH } from './twilio-webhooks.ts';

const signature = {
  name: 'X-Twilio-Signature',
  in: 'header',
  required: true,
  description:
    "Base64 HMAC-SHA1, keyed with Twilio's auth token, of the URL called followed by each form parameter's name and value, sorted by name.",
  schema: { type: 'string' },
};

const emptyTwiml = (description: string) => ({
  description,
  content: { 'text/xml': { schema: { type: 'string' } } },
});

/**
 * Twilio's webhooks are plain Fastify routes (they check the raw form), written whole: their
 * bodies are forms and their answers XML, not the JSON `described` fills in.
 */
export const withTwilioWebhooks = <T extends { paths?: object }>(document: T): T => ({
  ...document,
  paths: {
    ...document.paths,
    [SMS_REPLIES_PATH]: {
      post: {
        tags: ['webhooks'],
        summary: 'Receive a reply to an SMS from Twilio (STOP withdraws SMS consent)',
        description:
          "Set it as the Messaging webhook of the Twilio number or sender, with the API's `TWILIO_AUTH_TOKEN` and `SMS_REPLIES_URL` (this URL as Twilio calls it). Twilio signs the request in `X-Twilio-Signature`. A reply whose first word is STOP (or ARRET, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, any case) withdraws the SMS consent of the customer with that number; other replies change nothing.",
        security: [],
        parameters: [signature],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                properties: {
                  From: { type: 'string', description: 'The number that replied, E.164.' },
                  Body: { type: 'string', description: 'The text of the reply.' },
                },
                required: ['From', 'Body'],
              },
            },
          },
        },
        responses: {
          200: emptyTwiml('The reply was read (and a STOP applied): an empty TwiML document'),
          ...errorResponses([...EVERY_REQUEST, 'body_too_large', 'invalid_signature']),
        },
      },
    },
    [SMS_STATUS_PATH]: {
      post: {
        tags: ['webhooks'],
        summary: 'Receive the delivery report of an SMS from Twilio',
        description:
          "The worker sets it as each SMS's status callback when `SMS_STATUS_CALLBACK_URL` is set (on the worker and on the API, the same URL), adding `?message=<id>`. Twilio signs the request, that query included, in `X-Twilio-Signature`. `delivered` records when the SMS reached the phone; `undelivered` and `failed` record that it never will, with Twilio's error code; other statuses change nothing. Admin → Messages counts both per kind of message.",
        security: [],
        parameters: [
          signature,
          {
            name: 'message',
            in: 'query',
            required: true,
            description:
              'The id (UUID) of the outbox message the SMS carried, as the worker set it.',
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                properties: {
                  MessageStatus: {
                    type: 'string',
                    description:
                      'Where the SMS stands: queued, sending, sent, delivered, undelivered or failed.',
                  },
                  ErrorCode: {
                    type: 'string',
                    description: "Twilio's error code, when the SMS was not delivered.",
                  },
                },
                required: ['MessageStatus'],
              },
            },
          },
        },
        responses: {
          200: emptyTwiml('The report was read: an empty TwiML document'),
          ...errorResponses([...EVERY_REQUEST, 'body_too_large', 'invalid_signature']),
        },
      },
    },
  },
});
