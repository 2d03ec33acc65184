import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';
import { appCodeOf } from './claim-error.ts';

/** Her marketing consents as the portal receives them: each channel, and every change. */
export type CustomerConsents = inferRouterOutputs<CustomerRouter>['profile']['consents'];
export type ConsentChange = CustomerConsents['history'][number];
export type ConsentSource = ConsentChange['source'];

/** A channel she can say yes or no to, as the profile's switches and messages name it. */
export type ConsentKind = 'email' | 'sms';

export const CONSENT_KINDS: readonly ConsentKind[] = ['email', 'sms'];

/** The channel of a change in her history, as a kind. */
export const consentKindOf = (channel: ConsentChange['channel']): ConsentKind =>
  channel === 'SMS' ? 'sms' : 'email';

/**
 * What a change of hers means, as a key: under `consents.result` once she has changed it, under
 * `consents.history.change` for a line of her history.
 */
export type ConsentChangeKey = 'emailGiven' | 'emailWithdrawn' | 'smsGiven' | 'smsWithdrawn';

export const consentChangeKey = (kind: ConsentKind, given: boolean): ConsentChangeKey =>
  `${kind}${given ? 'Given' : 'Withdrawn'}`;

const SOURCE_KEYS = {
  TILL: 'till',
  PORTAL: 'portal',
  SIGN_UP: 'signUp',
  IMPORT: 'import',
  ADMIN: 'admin',
  EMAIL_LINK: 'emailLink',
  SMS_REPLY: 'smsReply',
} as const satisfies Record<ConsentSource, string>;

/** Where a change was made, as a key under `consents.history.sources`. */
export const consentSourceKey = (source: ConsentSource) => SOURCE_KEYS[source];

/**
 * Whether her switch for a channel cannot be turned on: text messages need a phone number. A
 * consent already given can always be withdrawn, phone or not.
 */
export const consentLocked = (
  kind: ConsentKind,
  consent: { given: boolean },
  hasPhone: boolean,
): boolean => kind === 'sms' && !consent.given && !hasPhone;

/** Why a change was refused, as a key under `consents.errors` (never the server's words). */
export const consentErrorKey = (error: unknown): 'smsNeedsPhone' | 'generic' =>
  appCodeOf(error) === 'sms_needs_phone' ? 'smsNeedsPhone' : 'generic';
