import { personalLinkEmail } from './link-email.ts';

export type { PersonalLinkEmailInput as PasswordLinkEmailInput } from './link-email.ts';

const copy = {
  en: {
    subject: 'Choose a new Fidèle password',
    intro:
      'Someone asked to reset the password of your Fidèle account. Tap the button below to choose a new one.',
    button: 'Choose a new password',
    expires: (when: string) => `This link works once and expires on ${when}.`,
    ignore: 'If you did not ask for it, ignore this email: your password stays as it is.',
  },
  fr: {
    subject: 'Choisissez un nouveau mot de passe Fidèle',
    intro:
      'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Fidèle. Touchez le bouton ci-dessous pour en choisir un nouveau.',
    button: 'Choisir un nouveau mot de passe',
    expires: (when: string) => `Ce lien ne fonctionne qu’une fois et expire le ${when}.`,
    ignore: 'Si vous ne l’avez pas demandé, ignorez cet e-mail : votre mot de passe ne change pas.',
  },
} as const;

/** The "forgot password" email, with its single-use link, in the person's language. */
export const passwordResetEmail = personalLinkEmail(copy);
