import type { Email } from '../mailer.ts';
import { escapeHtml } from './escape-html.ts';

/** What every Fidèle email says, in order: a greeting, a paragraph, one button, small print. */
export type BrandedEmailContent = {
  to: string;
  locale: string;
  subject: string;
  greeting: string;
  intro: string;
  button: { label: string; url: string };
  notes: string[];
};

/** One email as text and HTML in the brand's layout (everything escaped). */
export const brandedEmail = ({
  to,
  locale,
  subject,
  greeting,
  intro,
  button,
  notes,
}: BrandedEmailContent): Email => {
  const text = [greeting, '', intro, '', button.url, '', ...notes].join('\n');
  const small = notes
    .map(
      (note, i) =>
        `<p style="margin:0 0 ${i === notes.length - 1 ? 0 : 8}px;font-size:14px;color:#575366">${escapeHtml(note)}</p>`,
    )
    .join('\n        ');
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}">
  <body style="margin:0;padding:24px;background:#f1eff7;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1d1a27">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:480px;margin:0 auto;background:#ffffff;border-radius:16px;padding:24px">
      <tr><td>
        <p style="font-size:20px;font-weight:700;color:#45288f;margin:0 0 16px">Fidèle</p>
        <p style="margin:0 0 12px">${escapeHtml(greeting)}</p>
        <p style="margin:0 0 24px">${escapeHtml(intro)}</p>
        <p style="margin:0 0 24px"><a href="${escapeHtml(button.url)}" style="display:inline-block;background:#5532b0;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:10px">${escapeHtml(button.label)}</a></p>
        ${small}
      </td></tr>
    </table>
  </body>
</html>`;
  return { to, subject, text, html };
};
