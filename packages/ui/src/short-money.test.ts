import { describe, expect, it } from 'vitest';
import { formatShortMoney } from './short-money.ts';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatShortMoney', () => {
  it('drops the cents of a whole amount', () => {
    expect(formatShortMoney(500, 'EUR', 'en')).toBe('€5');
    expect(plain(formatShortMoney(3_000, 'EUR', 'fr'))).toBe('30 €');
  });

  it('keeps the cents when there are some', () => {
    expect(plain(formatShortMoney(750, 'EUR', 'fr'))).toBe('7,50 €');
  });

  it('knows currencies without minor units', () => {
    expect(formatShortMoney(500, 'JPY', 'en')).toBe('¥500');
  });
});
