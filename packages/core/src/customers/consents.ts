import type { ConsentSource, Db, Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import { customerNotFound } from './customer-not-found.ts';

export type ConsentKind = 'email' | 'sms';

export const CONSENT_KINDS: readonly ConsentKind[] = ['email', 'sms'];

/**
 * The words a customer agrees to, per channel and language. Each change of consent keeps the
 * words the customer read, so a later rewording never changes what someone agreed to.
 */
export const CONSENT_TEXTS: Record<ConsentKind, { en: string; fr: string }> = {
  email: {
    en: 'I agree to receive offers, private-sale invitations and news from Fidèle by email. I can withdraw at any time, from my profile or from the link in every email.',
    fr: 'J’accepte de recevoir par email les offres, les invitations aux ventes privées et les nouvelles de Fidèle. Je peux retirer mon accord à tout moment, depuis mon profil ou par le lien de chaque email.',
  },
  sms: {
    en: 'I agree to receive offers and private-sale invitations from Fidèle by text message, at most a few a month. I can withdraw at any time, from my profile or by replying STOP.',
    fr: 'J’accepte de recevoir par SMS les offres et les invitations aux ventes privées de Fidèle, quelques-uns par mois au plus. Je peux retirer mon accord à tout moment, depuis mon profil ou en répondant STOP.',
  },
};

export const consentText = (kind: ConsentKind, locale: string) =>
  CONSENT_TEXTS[kind][locale === 'fr' ? 'fr' : 'en'];

export type ConsentChanges = Partial<Record<ConsentKind, boolean>>;

const column = { email: 'emailConsentAt', sms: 'smsConsentAt' } as const;

const consentsSelect = {
  emailConsentAt: true,
  smsConsentAt: true,
  phone: true,
  locale: true,
} as const;

/**
 * Gives or withdraws a customer's marketing consents, in the caller's transaction: the consent's
 * date on the customer (now, or none) and one history row per change, with where it happened and
 * the words agreed to in the customer's language. A consent that does not change writes nothing;
 * given in the portal, text messages need a phone number (`sms_needs_phone`).
 */
export const setConsents = async (
  tx: Tx,
  input: { customerId: string; changes: ConsentChanges; source: ConsentSource },
): Promise<ConsentKind[]> => {
  const current = await tx.customer.findUnique({
    where: { id: input.customerId },
    select: consentsSelect,
  });
  if (!current) throw customerNotFound();
  const changed = CONSENT_KINDS.filter(
    (kind) =>
      input.changes[kind] !== undefined && input.changes[kind] !== (current[column[kind]] !== null),
  );
  if (changed.length === 0) return [];
  // In the portal she is asked to add her number first; a till records what she says at enrolment
  // (the contract's phone is optional there).
  if (input.source === 'PORTAL' && input.changes.sms && changed.includes('sms') && !current.phone)
    throw new AppError('sms_needs_phone');
  const now = new Date();
  await tx.customer.update({
    where: { id: input.customerId },
    data: Object.fromEntries(
      changed.map((kind) => [column[kind], input.changes[kind] ? now : null]),
    ),
  });
  await tx.consentChange.createMany({
    data: changed.map((kind) => ({
      customerId: input.customerId,
      channel: kind === 'email' ? ('EMAIL' as const) : ('SMS' as const),
      given: input.changes[kind]!,
      source: input.source,
      text: consentText(kind, current.locale),
      createdAt: now,
    })),
  });
  return changed;
};

/**
 * A customer's consents as the portal shows them: each one given or not and since when, the
 * words to agree to in their language, and the history of changes, the latest first.
 */
export const getConsents = async (db: Db | Tx, customerId: string) => {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      ...consentsSelect,
      consentChanges: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 50,
        select: { id: true, channel: true, given: true, source: true, text: true, createdAt: true },
      },
    },
  });
  if (!customer) throw customerNotFound();
  const state = (kind: ConsentKind) => ({
    given: customer[column[kind]] !== null,
    since: customer[column[kind]],
    text: consentText(kind, customer.locale),
  });
  return {
    email: state('email'),
    sms: state('sms'),
    hasPhone: customer.phone !== null,
    history: customer.consentChanges,
  };
};
