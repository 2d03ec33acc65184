export {
  claimMessage,
  dispatchDueMessages,
  recordMessageFailure,
  recordMessageSent,
} from './outbox.ts';
export type { ClaimOutcome, MessageToSend, OutboxLeases } from './outbox.ts';
export { DEFAULT_SENDING_HOURS, nextSendingSlot } from './sending-hours.ts';
export type { SendingHours } from './sending-hours.ts';
export { countMessages, listMessages, listSmsOutbox, resendMessage } from './message-admin.ts';
export type { MessageCounts } from './message-admin.ts';
export { getMessageSettings, sendingHoursOf, updateMessageSettings } from './message-settings.ts';
export type { MessageSettings } from './message-settings.ts';
export { readUnsubscribeLink, unsubscribeWithLink } from './unsubscribe.ts';
export type { UnsubscribeLink } from './unsubscribe.ts';
export { messageLinkToken } from './message-link-token.ts';
export {
  getAutomation,
  listAutomations,
  queueAutomationMessages,
  queueBirthdayMessage,
  saveAutomation,
} from './automations.ts';
export type { Automation, AutomationTexts } from './automations.ts';
export { trackMessage } from './message-tracking.ts';
export { recordSmsDelivery } from './sms-delivery.ts';
export { isStopReply, recordSmsReply } from './sms-replies.ts';
