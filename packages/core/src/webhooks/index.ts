export {
  SIGNATURE_HEADER,
  signatureFor,
  signatureHeaderFor,
  verifySignature,
} from './signature.ts';
export {
  findWebhookSender,
  generateWebhookSecret,
  listWebhookSettings,
  rotateWebhookSecret,
} from './webhook-secret.ts';
export { handleOrderEvent } from './order-event.ts';
export type { OrderEvent, OrderEventAnswer, OrderPaid, OrderRefunded } from './order-event.ts';
