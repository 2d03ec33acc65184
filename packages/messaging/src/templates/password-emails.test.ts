import { describe, expect, it } from 'vitest';
import { passwordResetEmail } from './password-reset.ts';
import { staffInvitationEmail } from './staff-invitation.ts';

const base = {
  to: 'sam@example.com',
  url: 'http://127.0.0.1:3001/set-password?token=abc',
  expires: new Date('2026-12-01T18:00:00Z'),
  name: 'Sam',
};

describe('password emails', () => {
  it('send a reset link in English and in French', async () => {
    const en = await passwordResetEmail({ ...base, locale: 'en' });
    expect(en.subject).toBe('Choose a new Fidèle password');
    expect(en.text).toContain(base.url);
    expect(en.text).toContain('Hello Sam,');
    const fr = await passwordResetEmail({ ...base, locale: 'fr' });
    expect(fr.subject).toBe('Choisissez un nouveau mot de passe Fidèle');
    expect(fr.text).toContain('Bonjour Sam,');
    expect(fr.text).toContain('1 décembre 2026');
  });

  it('invite a staff member with their link, the name escaped', async () => {
    const email = await staffInvitationEmail({ ...base, locale: 'en', name: '<i>Sam</i>' });
    expect(email.subject).toBe('You are invited to the Fidèle back office');
    expect(email.html).toContain('href="http://127.0.0.1:3001/set-password?token=abc"');
    expect(email.html).toContain('&lt;i&gt;Sam&lt;/i&gt;');
    expect((await staffInvitationEmail({ ...base, locale: 'fr' })).html).toContain('lang="fr"');
  });
});
