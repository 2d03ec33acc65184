import type { Email } from '../mailer.ts';
import { escapeHtml } from './escape-html.ts';

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
  const text = [t.greeting(firstName), '', t.intro, '', url, '', t.expires(when), t.ignore].join(
    '\n',
  );
  const html = `<!doctype html>
<html lang="${locale}">
  <body style="margin:0;padding:24px;background:#f1eff7;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1d1a27">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:480px;margin:0 auto;background:#ffffff;border-radius:16px;padding:24px">
      <tr><td>
        <p style="font-size:20px;font-weight:700;color:#45288f;margin:0 0 16px">Fidèle</p>
        <p style="margin:0 0 12px">${escapeHtml(t.greeting(firstName))}</p>
        <p style="margin:0 0 24px">${escapeHtml(t.intro)}</p>
        <p style="margin:0 0 24px"><a href="${escapeHtml(url)}" style="display:inline-block;background:#5532b0;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:10px">${escapeHtml(t.button)}</a></p>
        <p style="margin:0 0 8px;font-size:14px;color:#575366">${escapeHtml(t.expires(when))}</p>
        <p style="margin:0;font-size:14px;color:#575366">${escapeHtml(t.ignore)}</p>
      </td></tr>
    </table>
  </body>
</html>`;
  return { to, subject: t.subject, text, html };
};
