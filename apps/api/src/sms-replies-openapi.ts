import { errorResponses, EVERY_REQUEST } from '@fidele/api/terminal';
import { SMS_REPLIES_PATH } from './sms-replies.ts';

/** The SMS replies webhook is a plain Fastify route (it checks the raw form): its path item. */
export const withSmsReplies = <T extends { paths?: object }>(document: T): T => ({
  ...document,
  paths: {
    ...document.paths,
    [SMS_REPLIES_PATH]: {
      // Written whole: its body is a form and its answer XML, not the JSON `described` fills in.
      post: {
        tags: ['webhooks'],
        summary: 'Receive a reply to an SMS from Twilio (STOP withdraws SMS consent)',
        description:
          "Set it as the Messaging webhook of the Twilio number or sender, with the API's `TWILIO_AUTH_TOKEN` and `SMS_REPLIES_URL` (this URL as Twilio calls it). Twilio signs the request in `X-Twilio-Signature`. A reply whose first word is STOP (or ARRET, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, any case) withdraws the SMS consent of the customer with that number; other replies change nothing.",
        security: [],
        parameters: [
          {
            name: 'X-Twilio-Signature',
            in: 'header',
            required: true,
            description:
              "Base64 HMAC-SHA1, keyed with Twilio's auth token, of the URL called followed by each form parameter's name and value, sorted by name.",
            schema: { type: 'string' },
          },
        ],
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
          200: {
            description: 'The reply was read (and a STOP applied): an empty TwiML document',
            content: { 'text/xml': { schema: { type: 'string' } } },
          },
          ...errorResponses([...EVERY_REQUEST, 'body_too_large', 'invalid_signature']),
        },
      },
    },
  },
});
