import { describe, expect, it } from 'vitest';
import { magicLinkEmail } from './magic-link.ts';

const base = {
  to: 'camille@example.com',
  url: 'http://127.0.0.1:3000/api/auth/callback/nodemailer?token=a&email=b',
  expires: new Date('2026-11-24T18:00:00Z'),
};

describe('magic link email', () => {
  it('speaks English with the link in text and HTML', async () => {
    const email = await magicLinkEmail({ ...base, locale: 'en', firstName: 'Camille' });
    expect(email.subject).toBe('Your Fidèle sign-in link');
    expect(email.text).toContain(base.url);
    expect(email.text).toContain('Hello Camille,');
    expect(email.html).toContain(
      'href="http://127.0.0.1:3000/api/auth/callback/nodemailer?token=a&amp;email=b"',
    );
  });

  it('speaks French with a French date', async () => {
    const email = await magicLinkEmail({ ...base, locale: 'fr' });
    expect(email.subject).toBe('Votre lien de connexion Fidèle');
    expect(email.text).toContain('24 novembre 2026');
    expect(email.html).toContain('lang="fr"');
  });

  it('escapes the name in HTML', async () => {
    const email = await magicLinkEmail({ ...base, locale: 'en', firstName: '<b>x</b>' });
    expect(email.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(email.html).not.toContain('<b>x</b>');
  });
});
