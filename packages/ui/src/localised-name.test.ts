import { describe, expect, it } from 'vitest';
import { inLanguage, localisedName, tierNameIn } from './localised-name.ts';

describe('localised names', () => {
  it('shows the French name to a French reader and the English one otherwise', () => {
    const reward = { nameEn: 'Free shipping', nameFr: 'Livraison offerte' };
    expect(localisedName(reward, 'name', 'fr')).toBe('Livraison offerte');
    expect(localisedName(reward, 'name', 'en')).toBe('Free shipping');
    expect(localisedName({ titleEn: 'Spin', titleFr: 'Roue' }, 'title', 'fr')).toBe('Roue');
  });

  it('falls back to English when the French one is empty, blank or missing', () => {
    expect(localisedName({ nameEn: 'Gift', nameFr: '' }, 'name', 'fr')).toBe('Gift');
    expect(localisedName({ nameEn: 'Gift', nameFr: '  ' }, 'name', 'fr')).toBe('Gift');
    expect(localisedName({ nameEn: 'Gift', nameFr: null }, 'name', 'fr')).toBe('Gift');
    expect(inLanguage('fr', 'Gift', undefined)).toBe('Gift');
  });

  it('reads a tier, whose English name is `name`', () => {
    expect(tierNameIn({ name: 'Gold', nameFr: 'Or' }, 'fr')).toBe('Or');
    expect(tierNameIn({ name: 'Gold', nameFr: 'Or' }, 'en')).toBe('Gold');
    expect(tierNameIn({ name: 'Gold', nameFr: '' }, 'fr')).toBe('Gold');
  });
});
