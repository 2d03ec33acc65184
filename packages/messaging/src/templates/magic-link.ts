import type { Email } from '../mailer.ts';
import { brandedEmail } from './branded-email.ts';

export type MagicLinkLocale = 'en' | 'fr';

export type MagicLinkInput = {
  to: string;
  url: string;
  locale: MagicLinkLocale;
  /** When the link stops working. */
  expires: Date;
  firstName?: string;
};

const copy = {
  en: {
    subject: 'Your Fidèle sign-in link',
    greeting: (name?: string) => (name ? `Hello ${name},` : 'Hello,'),
    intro: 'Tap the button below to sign in to your Fidèle account.',
    button: 'Sign in to Fidèle',
    expires: (when: string) => `This link works once and expires on ${when}.`,
    ignore: 'If you did not ask for it, you can ignore this email: nobody can sign in without it.',
  },
  fr: {
    subject: 'Votre lien de connexion Fidèle',
    greeting: (name?: string) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: 'Touchez le bouton ci-dessous pour vous connecter à votre compte Fidèle.',
    button: 'Me connecter à Fidèle',
    expires: (when: string) => `Ce lien ne fonctionne qu’une fois et expire le ${when}.`,
    ignore:
      'Si vous ne l’avez pas demandé, ignorez cet e-mail : personne ne peut se connecter sans lui.',
  },
} as const;

/** The sign-in link email, as text and HTML, in the customer's language. */
export const magicLinkEmail = ({ to, url, locale, expires, firstName }: MagicLinkInput): Email => {
  const t = copy[locale];
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(expires);
  return brandedEmail({
    to,
    locale,
    subject: t.subject,
    greeting: t.greeting(firstName),
    intro: t.intro,
    button: { label: t.button, url },
    notes: [t.expires(when), t.ignore],
  });
};
