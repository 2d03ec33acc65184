import { type AutomationKind, PROGRAMME_CURRENCY } from '@fidele/validators';
import { z } from 'zod';
import {
  eventWhen,
  eventWhere,
  eventWords,
  invitationData,
  type MessageLocale,
  momentWords,
} from './event-data.ts';

const named = { nameEn: z.string(), nameFr: z.string() };

/** What each automation's message needs, as its outbox row keeps it. */
const automationData = {
  WELCOME: z.object({ memberCode: z.string() }),
  BIRTHDAY: z.object({ points: z.number().int() }),
  TIER_UPGRADE: z.object({
    ...named,
    benefitsEn: z.string(),
    benefitsFr: z.string(),
    metric: z.enum(['POINTS_EARNED', 'AMOUNT_SPENT']),
    threshold: z.number().int(),
    windowMonths: z.number().int(),
  }),
  POINTS_EXPIRING: z.object({ points: z.number().int(), until: z.coerce.date() }),
  CODE_EXPIRING: z.object({ ...named, code: z.string(), validUntil: z.coerce.date() }),
  /** The contest, and her prize: its points, or the reward's code. */
  CONTEST_WON: z.object({
    ...named,
    contestSlug: z.string(),
    points: z.number().int().nullable(),
    reward: z.object({ ...named, code: z.string(), validUntil: z.coerce.date() }).nullable(),
  }),
  /** The day her data will be erased unless she comes back. */
  RETENTION_WARNING: z.object({ eraseOn: z.coerce.date() }),
};

const byLocale = (locale: MessageLocale, words: { nameEn: string; nameFr: string }) =>
  locale === 'fr' ? words.nameFr || words.nameEn : words.nameEn;

const numberOf = (value: number, locale: MessageLocale) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(value);

const dayOf = (at: Date, locale: MessageLocale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(at);

const keepIt = (data: z.infer<(typeof automationData)['TIER_UPGRADE']>, locale: MessageLocale) => {
  const amount =
    data.metric === 'AMOUNT_SPENT'
      ? new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
          style: 'currency',
          currency: PROGRAMME_CURRENCY,
          maximumFractionDigits: 0,
        }).format(data.threshold / 100)
      : numberOf(data.threshold, locale);
  const months = data.windowMonths;
  if (locale === 'fr')
    return data.metric === 'AMOUNT_SPENT'
      ? `vous dépensez ${amount} sur ${months} mois glissants`
      : `vous gagnez ${amount} points sur ${months} mois glissants`;
  return data.metric === 'AMOUNT_SPENT'
    ? `you spend ${amount} over any ${months} months`
    : `you earn ${amount} qualifying points over any ${months} months`;
};

/** The portal page each kind of message leads to; a contest's, to the contest's own page. */
const PAGES: Record<Exclude<AutomationKind, 'CONTEST_WON'>, string> = {
  WELCOME: '/card',
  BIRTHDAY: '/history',
  TIER_UPGRADE: '/tier',
  POINTS_EXPIRING: '/rewards',
  CODE_EXPIRING: '/codes',
  INVITATION: '/invitations',
  INVITATION_REMINDER: '/invitations',
  WAITLIST_PLACE: '/invitations',
  // Her portal: signing in is the contact that keeps her account.
  RETENTION_WARNING: '/',
};

/**
 * A message's values, one per `{placeholder}` of its words and template: `long` for an email,
 * `short` for an SMS (dates abridged, in the GSM alphabet). Values that are empty leave their
 * part of the email out (an event without text, a tier without benefits listed).
 */
export type MessageValues = {
  long: Record<string, string>;
  short: Record<string, string>;
  /** The portal path the message leads to. */
  page: string;
};

export const messageValues = (
  kind: AutomationKind,
  rawData: unknown,
  locale: MessageLocale,
  firstName: string,
  portalUrl: string,
): MessageValues => {
  const on = (page: string, long: Record<string, string>, short = long): MessageValues => {
    const common = { firstName, link: new URL(page, portalUrl).toString() };
    return { long: { ...common, ...long }, short: { ...common, ...short }, page };
  };
  switch (kind) {
    case 'WELCOME':
      return on(PAGES.WELCOME, automationData.WELCOME.parse(rawData));
    case 'BIRTHDAY': {
      const { points } = automationData.BIRTHDAY.parse(rawData);
      return on(PAGES.BIRTHDAY, { points: points > 0 ? numberOf(points, locale) : '' });
    }
    case 'TIER_UPGRADE': {
      const data = automationData.TIER_UPGRADE.parse(rawData);
      return on(PAGES.TIER_UPGRADE, {
        tier: byLocale(locale, data),
        keepIt: keepIt(data, locale),
        benefits: locale === 'fr' ? data.benefitsFr || data.benefitsEn : data.benefitsEn,
      });
    }
    case 'POINTS_EXPIRING': {
      const data = automationData.POINTS_EXPIRING.parse(rawData);
      return on(PAGES.POINTS_EXPIRING, {
        points: numberOf(data.points, locale),
        date: dayOf(data.until, locale),
      });
    }
    case 'CODE_EXPIRING': {
      const data = automationData.CODE_EXPIRING.parse(rawData);
      return on(PAGES.CODE_EXPIRING, {
        code: data.code,
        reward: byLocale(locale, data),
        date: dayOf(data.validUntil, locale),
      });
    }
    case 'CONTEST_WON': {
      const { reward, ...data } = automationData.CONTEST_WON.parse(rawData);
      // A prize of points has no code: its email leaves the code's card out.
      return on(`/contests/${encodeURIComponent(data.contestSlug)}`, {
        contest: byLocale(locale, data),
        prize: reward ? byLocale(locale, reward) : `${numberOf(data.points!, locale)} points`,
        code: reward?.code ?? '',
        date: reward ? dayOf(reward.validUntil, locale) : '',
      });
    }
    case 'RETENTION_WARNING': {
      const data = automationData.RETENTION_WARNING.parse(rawData);
      return on(PAGES.RETENTION_WARNING, { date: dayOf(data.eraseOn, locale) });
    }
    default: {
      const data = invitationData.parse(rawData);
      const { name, text } = eventWords(data, locale);
      const event = { event: name, where: eventWhere(data, locale), code: data.code };
      const deadline = data.offerExpiresAt;
      return on(
        PAGES[kind],
        {
          ...event,
          when: eventWhen(data, locale, 'long'),
          deadline: deadline ? momentWords(deadline, locale, 'long') : '',
          eventText: text,
        },
        {
          ...event,
          when: eventWhen(data, locale, 'short'),
          deadline: deadline ? momentWords(deadline, locale, 'short') : '',
        },
      );
    }
  }
};

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Each `{name}` of a text replaced by its value, in one pass: a value that itself reads like a
 * placeholder (a customer called "{code}") stays as it is. Unknown names are left untouched.
 */
export const fillPlaceholders = (
  text: string,
  values: Record<string, string>,
  escape: (value: string) => string = (value) => value,
) =>
  text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? escape(values[name]!) : whole,
  );
