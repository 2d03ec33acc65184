import type { Email } from '../mailer.ts';
import { brandedEmail } from './branded-email.tsx';
import type { MagicLinkLocale } from './magic-link.ts';

export type AccountExistsInput = {
  to: string;
  locale: MagicLinkLocale;
  firstName?: string;
  /** The portal's sign-in page. */
  signInUrl: string;
};

const copy = {
  en: {
    subject: 'You already have a Fidèle account',
    greeting: (name?: string) => (name ? `Hello ${name},` : 'Hello,'),
    intro:
      'Someone, maybe you, tried to create a Fidèle account with this email. You already have one, with your points: sign in instead. No password? Ask for a link by email on the sign-in page.',
    button: 'Sign in to Fidèle',
    ignore: 'If it was not you, you can ignore this email: nothing changed on your account.',
  },
  fr: {
    subject: 'Vous avez déjà un compte Fidèle',
    greeting: (name?: string) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro:
      'Quelqu’un, peut-être vous, a voulu créer un compte Fidèle avec cet e-mail. Vous en avez déjà un, avec vos points : connectez-vous plutôt. Pas de mot de passe ? Demandez un lien par e-mail sur la page de connexion.',
    button: 'Me connecter à Fidèle',
    ignore: 'Si ce n’était pas vous, ignorez cet e-mail : rien n’a changé sur votre compte.',
  },
} as const;

/** Tells a member that a sign-up used their email (the sign-up form itself says nothing). */
export const accountExistsEmail = ({
  to,
  locale,
  firstName,
  signInUrl,
}: AccountExistsInput): Promise<Email> => {
  const t = copy[locale];
  return brandedEmail({
    to,
    locale,
    subject: t.subject,
    greeting: t.greeting(firstName),
    intro: t.intro,
    button: { label: t.button, url: signInUrl },
    notes: [t.ignore],
  });
};
