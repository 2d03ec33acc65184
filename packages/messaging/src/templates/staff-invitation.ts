import { personalLinkEmail } from './link-email.ts';

const copy = {
  en: {
    subject: 'You are invited to the Fidèle back office',
    intro:
      'You have been given access to the Fidèle back office. Tap the button below to choose your password; your email is your sign-in.',
    button: 'Choose my password',
    expires: (when: string) => `This invitation works once and expires on ${when}.`,
    ignore: 'If you did not expect it, you can ignore this email.',
  },
  fr: {
    subject: 'Vous êtes invité(e) dans l’espace de gestion Fidèle',
    intro:
      'Un accès à l’espace de gestion Fidèle vous a été ouvert. Touchez le bouton ci-dessous pour choisir votre mot de passe ; votre e-mail sert d’identifiant.',
    button: 'Choisir mon mot de passe',
    expires: (when: string) => `Cette invitation ne fonctionne qu’une fois et expire le ${when}.`,
    ignore: 'Si vous ne l’attendiez pas, ignorez cet e-mail.',
  },
} as const;

/** The invitation of a new staff member, with the link to choose their password. */
export const staffInvitationEmail = personalLinkEmail(copy);
