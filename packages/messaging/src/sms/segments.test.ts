import { describe, expect, it } from 'vitest';
import { smsLength } from './segments.ts';

describe('smsLength', () => {
  it('fits 160 GSM characters in one SMS and splits longer texts into parts of 153', () => {
    expect(smsLength('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      units: 160,
      segments: 1,
      remaining: 0,
    });
    expect(smsLength('a'.repeat(161))).toMatchObject({ segments: 2, remaining: 145 });
    expect(smsLength('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('keeps French accents of the GSM alphabet in GSM-7 and counts € as two', () => {
    expect(smsLength('Déjà là, à très vite')).toMatchObject({ encoding: 'GSM-7', units: 20 });
    expect(smsLength('10 €')).toMatchObject({ encoding: 'GSM-7', units: 5 });
  });

  it('switches to UCS-2 (70, then 67 per part) for any other character', () => {
    expect(smsLength('Invité·e')).toMatchObject({ encoding: 'UCS-2', units: 8, segments: 1 });
    expect(smsLength('ç'.repeat(71))).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(smsLength('🎉'.repeat(35))).toMatchObject({ units: 70, segments: 1 });
  });
});
