import type { Email } from '../mailer.ts';
import { type EmailLocale, personalLinkEmail } from './link-email.ts';

export type MagicLinkLocale = EmailLocale;

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
    intro: 'Tap the button below to sign in to your Fidèle account.',
    button: 'Sign in to Fidèle',
    expires: (when: string) => `This link works once and expires on ${when}.`,
    ignore: 'If you did not ask for it, you can ignore this email: nobody can sign in without it.',
  },
  fr: {
    subject: 'Votre lien de connexion Fidèle',
    intro: 'Touchez le bouton ci-dessous pour vous connecter à votre compte Fidèle.',
    button: 'Me connecter à Fidèle',
    expires: (when: string) => `Ce lien ne fonctionne qu’une fois et expire le ${when}.`,
    ignore:
      'Si vous ne l’avez pas demandé, ignorez cet e-mail : personne ne peut se connecter sans lui.',
  },
} as const;

const signInLinkEmail = personalLinkEmail(copy);

/** The sign-in link email, as text and HTML, in the customer's language. */
export const magicLinkEmail = ({ firstName, ...link }: MagicLinkInput): Promise<Email> =>
  signInLinkEmail({ ...link, name: firstName });
