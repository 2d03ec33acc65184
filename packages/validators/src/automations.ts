import { z } from 'zod';
import { MESSAGE_CHANNELS } from './private-sale.ts';

/** Everything the platform sends by itself, in the order the admin lists them. */
export const AUTOMATION_KINDS = [
  'WELCOME',
  'BIRTHDAY',
  'TIER_UPGRADE',
  'POINTS_EXPIRING',
  'CODE_EXPIRING',
  'INVITATION',
  'INVITATION_REMINDER',
  'WAITLIST_PLACE',
  'CONTEST_WON',
  'RETENTION_WARNING',
] as const;

export type AutomationKind = (typeof AUTOMATION_KINDS)[number];

/** The invitation's messages, which go out on each event's own channels. */
export const INVITATION_AUTOMATIONS = ['INVITATION', 'INVITATION_REMINDER', 'WAITLIST_PLACE'];

export const isInvitationAutomation = (kind: AutomationKind) =>
  INVITATION_AUTOMATIONS.includes(kind);

/**
 * Service messages, about an event she accepted, a prize she won or her account about to be
 * erased: outside the caps and the sending hours, without an unsubscribe link; an event's and the
 * retention warning are sent without marketing consent (a win goes only on the channels she
 * consented to). Every other automation is marketing.
 */
export const isMarketingAutomation = (kind: AutomationKind) =>
  kind !== 'INVITATION_REMINDER' &&
  kind !== 'WAITLIST_PLACE' &&
  kind !== 'CONTEST_WON' &&
  kind !== 'RETENTION_WARNING';

/**
 * The warning before her data is erased for inactivity: always on and by email, so nobody with a
 * verified address is erased unwarned. Only its words can change.
 */
export const isAccountAutomation = (kind: AutomationKind) => kind === 'RETENTION_WARNING';

/**
 * Who an automation's messages reach: marketing needs consent and keeps the sending rules; a
 * service message goes without; a prize's goes at once, but only on channels she consented to;
 * an account's goes by email, without consent, to a verified address.
 */
export const automationAudience = (kind: AutomationKind) => {
  if (isMarketingAutomation(kind)) return 'marketing';
  if (kind === 'CONTEST_WON') return 'prize';
  return isAccountAutomation(kind) ? 'account' : 'service';
};

const EVENT = ['event', 'when', 'where', 'code'] as const;

/**
 * The `{placeholders}` each automation's words may use, replaced by the customer's own values
 * when it is sent. `firstName` and `link` (the portal page the message leads to) fit every kind.
 */
export const AUTOMATION_PLACEHOLDERS: Record<AutomationKind, readonly string[]> = {
  WELCOME: ['firstName', 'link', 'memberCode'],
  BIRTHDAY: ['firstName', 'link', 'points'],
  TIER_UPGRADE: ['firstName', 'link', 'tier', 'keepIt'],
  POINTS_EXPIRING: ['firstName', 'link', 'points', 'date'],
  CODE_EXPIRING: ['firstName', 'link', 'code', 'reward', 'date'],
  INVITATION: ['firstName', 'link', ...EVENT],
  INVITATION_REMINDER: ['firstName', 'link', ...EVENT],
  WAITLIST_PLACE: ['firstName', 'link', ...EVENT, 'deadline'],
  CONTEST_WON: ['firstName', 'link', 'contest', 'prize'],
  RETENTION_WARNING: ['firstName', 'link', 'date'],
};

/** Automations that warn ahead of a date, by a number of days the brand chooses. */
export const AUTOMATIONS_AHEAD: readonly AutomationKind[] = ['POINTS_EXPIRING', 'CODE_EXPIRING'];

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The `{names}` a text uses that its kind does not know. */
export const unknownPlaceholders = (kind: AutomationKind, text: string): string[] =>
  [...text.matchAll(PLACEHOLDER)]
    .map((match) => match[1]!)
    .filter((name) => !AUTOMATION_PLACEHOLDERS[kind].includes(name));

/** A text of its own, or null for the kind's default wording. */
const words = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .transform((text) => text || null);

export const AUTOMATION_TEXT_FIELDS = [
  'subjectEn',
  'subjectFr',
  'bodyEn',
  'bodyFr',
  'smsEn',
  'smsFr',
] as const;

export type AutomationTextField = (typeof AUTOMATION_TEXT_FIELDS)[number];

const texts = z.object({
  subjectEn: words(200),
  subjectFr: words(200),
  bodyEn: words(2000),
  bodyFr: words(2000),
  smsEn: words(480),
  smsFr: words(480),
});

export type AutomationTexts = z.infer<typeof texts>;

/** An automation as the admin saves it: on or off, its channels, its days ahead, its words. */
export const automationInput = z
  .object({
    kind: z.enum(AUTOMATION_KINDS),
    enabled: z.boolean(),
    channels: z.array(z.enum(MESSAGE_CHANNELS)).max(2),
    daysBefore: z.number().int().min(1, 'Between 1 and 90').max(90, 'Between 1 and 90').nullable(),
    texts,
  })
  .superRefine((automation, ctx) => {
    if (
      !isInvitationAutomation(automation.kind) &&
      automation.enabled &&
      !automation.channels.length
    )
      ctx.addIssue({ code: 'custom', path: ['channels'], message: 'Tick at least one channel' });
    if (
      isAccountAutomation(automation.kind) &&
      (!automation.enabled || automation.channels.join() !== 'EMAIL')
    )
      ctx.addIssue({ code: 'custom', path: ['channels'], message: 'Always on, by email only' });
    if (AUTOMATIONS_AHEAD.includes(automation.kind) && automation.daysBefore === null)
      ctx.addIssue({ code: 'custom', path: ['daysBefore'], message: 'Say how many days ahead' });
    for (const field of AUTOMATION_TEXT_FIELDS) {
      const unknown = unknownPlaceholders(automation.kind, automation.texts[field] ?? '');
      if (unknown.length)
        ctx.addIssue({
          code: 'custom',
          path: ['texts', field],
          message: `Unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}; use ${AUTOMATION_PLACEHOLDERS[
            automation.kind
          ]
            .map((name) => `{${name}}`)
            .join(', ')}`,
        });
    }
  });

export type AutomationInput = z.infer<typeof automationInput>;

/** An automation's message as it would go out with the words being edited, in one language. */
export const automationPreviewInput = z.object({
  kind: z.enum(AUTOMATION_KINDS),
  locale: z.enum(['en', 'fr']).default('en'),
  texts: texts.partial().default({}),
});

/** A tracked email's image loaded or link followed, as its URL carries it. */
export const messageTrackingInput = z.object({
  token: z.string().min(1).max(200),
  event: z.enum(['open', 'click']),
});

/** Where a tracked link leads: a path of the portal, never another site. */
export const portalPath = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])/, 'A path of the portal');
