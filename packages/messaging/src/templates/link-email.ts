import type { Email } from '../mailer.ts';
import { escapeHtml } from './escape-html.ts';

export type EmailLocale = 'en' | 'fr';

/** The words of an email whose point is one button with a link. */
export type LinkEmailCopy = {
  subject: string;
  greeting: string;
  intro: string;
  button: string;
  /** Said under the button, given when the link stops working. */
  expires: (when: string) => string;
  ignore: string;
};

/** An email around one link, as text and HTML, in `locale`; every text is escaped in HTML. */
export const linkEmail = ({
  to,
  url,
  locale,
  expires,
  copy,
}: {
  to: string;
  url: string;
  locale: EmailLocale;
  expires: Date;
  copy: LinkEmailCopy;
}): Email => {
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(expires);
  const text = [copy.greeting, '', copy.intro, '', url, '', copy.expires(when), copy.ignore].join(
    '\n',
  );
  const html = `<!doctype html>
<html lang="${locale}">
  <body style="margin:0;padding:24px;background:#f1eff7;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1d1a27">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:480px;margin:0 auto;background:#ffffff;border-radius:16px;padding:24px">
      <tr><td>
        <p style="font-size:20px;font-weight:700;color:#45288f;margin:0 0 16px">Fidèle</p>
        <p style="margin:0 0 12px">${escapeHtml(copy.greeting)}</p>
        <p style="margin:0 0 24px">${escapeHtml(copy.intro)}</p>
        <p style="margin:0 0 24px"><a href="${escapeHtml(url)}" style="display:inline-block;background:#5532b0;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:10px">${escapeHtml(copy.button)}</a></p>
        <p style="margin:0 0 8px;font-size:14px;color:#575366">${escapeHtml(copy.expires(when))}</p>
        <p style="margin:0;font-size:14px;color:#575366">${escapeHtml(copy.ignore)}</p>
      </td></tr>
    </table>
  </body>
</html>`;
  return { to, subject: copy.subject, text, html };
};

/** "Hello Camille," or "Hello," in the locale. */
export const greeting = (locale: EmailLocale, name?: string): string => {
  const hello = locale === 'fr' ? 'Bonjour' : 'Hello';
  return name ? `${hello} ${name},` : `${hello},`;
};
