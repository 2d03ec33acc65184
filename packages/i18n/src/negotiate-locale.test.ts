import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale.ts';

describe('negotiateLocale', () => {
  it('keeps the language chosen in the cookie', () => {
    expect(negotiateLocale('fr', 'en-US,en;q=0.9')).toBe('fr');
  });

  it('falls back to the browser languages by quality', () => {
    expect(negotiateLocale(undefined, 'de-DE,fr;q=0.8,en;q=0.5')).toBe('fr');
    expect(negotiateLocale('xx', 'fr-CA')).toBe('fr');
  });

  it('uses English when nothing matches', () => {
    expect(negotiateLocale(undefined, 'de,es;q=0.5')).toBe('en');
    expect(negotiateLocale(undefined, null)).toBe('en');
  });
});
