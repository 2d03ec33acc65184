import type { AutomationKind, AutomationTextField } from '@fidele/validators';
import { smsLength } from '../sms/segments.ts';
import type { InvitationData } from './event-data.ts';
import { type MessageLinks, renderEmailMessage, renderSmsMessage } from './render-message.tsx';

/** An event as the admin holds it: what its invitations say. */
export type PreviewedEvent = Omit<InvitationData, 'invitationId' | 'code' | 'shop'> & {
  shop: { name: string; city: string | null } | null;
};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** What a sample customer's message of each kind says, for previews of the automations. */
const sampleData = (kind: AutomationKind): unknown => {
  switch (kind) {
    case 'WELCOME':
      return { memberCode: 'FID-2K7Q9M' };
    case 'BIRTHDAY':
      return { points: 100 };
    case 'TIER_UPGRADE':
      return {
        nameEn: 'Gold',
        nameFr: 'Or',
        benefitsEn: 'Double points on Saturdays\nInvitations to private sales',
        benefitsFr: 'Points doublés le samedi\nInvitations aux ventes privées',
        metric: 'POINTS_EARNED',
        threshold: 1000,
        windowMonths: 12,
      };
    case 'POINTS_EXPIRING':
      return { points: 240, until: inDays(30) };
    case 'CODE_EXPIRING':
      return {
        code: 'RWD-7XK2P9',
        nameEn: '€10 off',
        nameFr: '10 € de réduction',
        validUntil: inDays(7),
      };
    case 'CONTEST_WON':
      return {
        contestSlug: 'spring-looks',
        nameEn: 'Spring looks',
        nameFr: 'Looks de printemps',
        points: null,
        reward: {
          nameEn: '€10 off',
          nameFr: '10 € de réduction',
          code: 'RWD-7XK2P9',
          validUntil: inDays(30),
        },
      };
    case 'RETENTION_WARNING':
      return { eraseOn: inDays(30) };
    default:
      return {
        invitationId: '00000000-0000-4000-8000-000000000000',
        code: 'INV-SAMPLE000000',
        kind: 'PRIVATE_SALE',
        nameEn: 'Spring private sale',
        nameFr: 'Vente privée de printemps',
        textEn: '',
        textFr: '',
        startsAt: inDays(8),
        endsAt: new Date(inDays(8).getTime() + 8 * 3_600_000),
        shop: { name: 'Paris Marais', city: 'Paris' },
        offerExpiresAt: kind === 'WAITLIST_PLACE' ? inDays(1) : null,
      };
  }
};

/**
 * A message as a sample customer will receive it, by email and by SMS: the email as it will
 * look (its QR inline) and the SMS with the number of SMS it takes.
 */
export const previewMessage = async (
  preview: {
    kind: AutomationKind;
    locale: 'en' | 'fr';
    marketing: boolean;
    words?: Partial<Record<AutomationTextField, string | null>> | null;
    /** The message's data; a sample customer's when left out. */
    data?: unknown;
  },
  links: MessageLinks,
) => {
  const message = {
    kind: preview.kind,
    marketing: preview.marketing,
    locale: preview.locale,
    firstName: 'Camille',
    words: preview.words,
    data: preview.data ?? sampleData(preview.kind),
  };
  const email = await renderEmailMessage(
    { ...message, channel: 'EMAIL', to: 'camille@example.com' },
    { portalUrl: links.portalUrl, unsubscribeToken: () => 'preview' },
    { inlineImages: true, messageId: 'preview' },
  );
  const sms = renderSmsMessage({ ...message, channel: 'SMS', to: '+33612345678' }, links);
  return {
    email: { subject: email.subject, html: email.html },
    sms: { text: sms, ...smsLength(sms) },
  };
};

/** An event's invitation, with its own words, as its customers will read it. */
export const previewInvitation = (
  event: PreviewedEvent,
  locale: 'en' | 'fr',
  links: MessageLinks,
  words?: Partial<Record<AutomationTextField, string | null>> | null,
) =>
  previewMessage(
    {
      kind: 'INVITATION',
      locale,
      marketing: true,
      words,
      data: {
        ...event,
        invitationId: '00000000-0000-4000-8000-000000000000',
        code: 'INV-SAMPLE000000',
      },
    },
    links,
  );
