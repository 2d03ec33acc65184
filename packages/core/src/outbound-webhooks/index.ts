export {
  generateEndpointSecret,
  signatureHeader,
  signDelivery,
  verifyDelivery,
} from './signing.ts';
export {
  FAILING_DAYS_BEFORE_DISABLE,
  RETRY_DELAYS_SECONDS,
  retryDelaySeconds,
  shouldDisableEndpoint,
} from './retry-schedule.ts';
export {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listEndpoints,
  ROTATION_OVERLAP_HOURS,
  rotateEndpointSecret,
  sendTestEvent,
  TEST_EVENT_TYPE,
  updateEndpoint,
} from './endpoints.ts';
export type { EndpointFields, EndpointView } from './endpoints.ts';
export { listDeliveries, replayDelivery } from './deliveries.ts';
export type { DeliveryFilter } from './deliveries.ts';
export { claimDueDeliveries, ownersToNotify, recordDeliveryAttempt } from './delivery-queue.ts';
export type { ClaimedDelivery, RecordedOutcome } from './delivery-queue.ts';
export { postDelivery, RESPONSE_BODY_LIMIT } from './http-delivery.ts';
export { purgeWebhookHistory, WEBHOOK_HISTORY_DAYS } from './retention.ts';
export type { AttemptResult } from './http-delivery.ts';
