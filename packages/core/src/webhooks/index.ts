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
