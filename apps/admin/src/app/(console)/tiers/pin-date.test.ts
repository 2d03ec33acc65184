import { describe, expect, it } from 'vitest';
import { endOfDayIn, tomorrowIn } from './pin-date.ts';

describe('pin dates', () => {
  it('ends a pin at the end of the chosen day in the programme’s time zone', () => {
    expect(endOfDayIn('2031-01-31', 'Europe/Paris')?.toISOString()).toBe(
      '2031-01-31T22:59:59.000Z',
    );
    expect(endOfDayIn('2031-07-31', 'Europe/Paris')?.toISOString()).toBe(
      '2031-07-31T21:59:59.000Z',
    );
    expect(endOfDayIn('2031-01-31', 'UTC')?.toISOString()).toBe('2031-01-31T23:59:59.000Z');
    expect(endOfDayIn('2031-02-30', 'UTC')).toBeNull();
    expect(endOfDayIn('', 'UTC')).toBeNull();
  });

  it('knows tomorrow in the programme’s time zone', () => {
    // 23:30 in UTC is already the next day in Paris.
    const now = new Date('2031-03-10T23:30:00Z');
    expect(tomorrowIn('UTC', now)).toBe('2031-03-11');
    expect(tomorrowIn('Europe/Paris', now)).toBe('2031-03-12');
    expect(tomorrowIn('UTC', new Date('2031-12-31T12:00:00Z'))).toBe('2032-01-01');
  });
});
