import { personalLinkEmail } from './link-email.ts';

const copy = {
  en: {
    subject: 'Confirm your new Fidèle email address',
    intro:
      'Our customer service changed the email address of your Fidèle account to this one, at your request. Tap the button below to confirm it: until then, your account keeps its old address.',
    button: 'Confirm this address',
    expires: (when: string) => `This link works once and expires on ${when}.`,
    ignore:
      'If you did not ask for it, ignore this email: nothing changes, and your account keeps its address.',
  },
  fr: {
    subject: 'Confirmez votre nouvelle adresse e-mail Fidèle',
    intro:
      'Notre service client a remplacé l’adresse e-mail de votre compte Fidèle par celle-ci, à votre demande. Touchez le bouton ci-dessous pour la confirmer : d’ici là, votre compte garde son ancienne adresse.',
    button: 'Confirmer cette adresse',
    expires: (when: string) => `Ce lien ne fonctionne qu’une fois et expire le ${when}.`,
    ignore:
      'Si vous ne l’avez pas demandé, ignorez cet e-mail : rien ne change, et votre compte garde son adresse.',
  },
} as const;

/** Sent to a new address support typed for a customer: the address changes once she confirms. */
export const emailChangeEmail = personalLinkEmail(copy);
