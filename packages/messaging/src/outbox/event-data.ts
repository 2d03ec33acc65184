import { z } from 'zod';

/** What an invitation's messages say about the event, as the outbox row keeps it. */
export const invitationData = z.object({
  invitationId: z.uuid(),
  code: z.string(),
  kind: z.enum(['PRIVATE_SALE', 'PREVIEW', 'WORKSHOP']),
  nameEn: z.string(),
  nameFr: z.string(),
  textEn: z.string(),
  textFr: z.string(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  shop: z.object({ name: z.string(), city: z.string().nullable() }).nullable(),
  /** A place freed up from the waitlist is hers if she confirms it by then. */
  offerExpiresAt: z.coerce.date().nullable().optional(),
});

export type InvitationData = z.infer<typeof invitationData>;

export type MessageLocale = 'en' | 'fr';

export const messageLocale = (locale: string): MessageLocale => (locale === 'fr' ? 'fr' : 'en');

/** The event's name and text in the customer's language. */
export const eventWords = (data: InvitationData, locale: MessageLocale) => ({
  name: locale === 'fr' ? data.nameFr : data.nameEn,
  text: locale === 'fr' ? data.textFr : data.textEn,
});

/**
 * GSM alphabet look-alikes for the dashes and thin spaces dates and numbers are written with,
 * and for typographic quotes: one character outside it makes a whole SMS UCS-2.
 */
export const gsmSafe = (text: string) =>
  text
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"');

/**
 * "Tuesday 8 December, 10:00 – 19:00" in the programme's time zone. The short style is for SMS:
 * its dashes and thin spaces become their GSM alphabet look-alikes, so one character does not
 * turn the whole SMS into UCS-2 (70 characters instead of 160).
 */
export const eventWhen = (data: InvitationData, locale: MessageLocale, style: 'long' | 'short') => {
  const when = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    ...(style === 'long' ? { weekday: 'long', month: 'long' } : { month: 'short' }),
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  }).formatRange(data.startsAt, data.endsAt);
  return style === 'long' ? when : gsmSafe(when);
};

/** "Wednesday 9 December, 10:00" (long, for email) or "9 Dec, 10:00" (short, GSM-safe, for SMS). */
export const momentWords = (at: Date, locale: MessageLocale, style: 'long' | 'short') => {
  const words = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    ...(style === 'long' ? { weekday: 'long', month: 'long' } : { month: 'short' }),
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  }).format(at);
  return style === 'long' ? words : gsmSafe(words);
};

/** "Paris Marais, Paris", or "online". */
export const eventWhere = (data: InvitationData, locale: MessageLocale) =>
  data.shop
    ? [data.shop.name, data.shop.city].filter(Boolean).join(', ')
    : locale === 'fr'
      ? 'en ligne'
      : 'online';
