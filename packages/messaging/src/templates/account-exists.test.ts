import { describe, expect, it } from 'vitest';
import { accountExistsEmail } from './account-exists.ts';

describe('account exists email', () => {
  it('tells the member in their language, with the way to sign in', async () => {
    const en = await accountExistsEmail({
      to: 'camille@example.com',
      locale: 'en',
      firstName: 'Camille',
      signInUrl: 'http://127.0.0.1:3000/sign-in',
    });
    expect(en.subject).toBe('You already have a Fidèle account');
    expect(en.text).toContain('Hello Camille,');
    expect(en.html).toContain('href="http://127.0.0.1:3000/sign-in"');
    const fr = await accountExistsEmail({
      to: 'a@b.fr',
      locale: 'fr',
      signInUrl: 'http://x/sign-in',
    });
    expect(fr.subject).toBe('Vous avez déjà un compte Fidèle');
    expect(fr.html).toContain('lang="fr"');
  });
});
