import { describe, expect, it } from 'vitest';
import { PROGRAMME_TIME_ZONE } from './programme-days.ts';
import { instantOfWallClock, wallClockText } from './wall-clock-text.ts';

const PARIS = PROGRAMME_TIME_ZONE;

describe('dates and times typed on the programme’s wall clock', () => {
  it('reads a datetime-local value in the programme’s zone, winter and summer', () => {
    expect(instantOfWallClock('2026-12-08T10:30', PARIS)?.toISOString()).toBe(
      '2026-12-08T09:30:00.000Z',
    );
    expect(instantOfWallClock('2026-07-14T00:00', PARIS)?.toISOString()).toBe(
      '2026-07-13T22:00:00.000Z',
    );
    expect(instantOfWallClock('2026-07-14T00:00:30', PARIS)?.toISOString()).toBe(
      '2026-07-13T22:00:30.000Z',
    );
  });

  it('is the same whatever zone the computer is in', () => {
    expect(instantOfWallClock('2026-12-08T10:30', 'America/New_York')?.toISOString()).toBe(
      '2026-12-08T15:30:00.000Z',
    );
  });

  it('refuses what is not a date and time', () => {
    for (const text of ['', '2026-12-08', '2026-02-30T10:00', '2026-12-08T24:00', 'soon']) {
      expect(instantOfWallClock(text, PARIS)).toBeNull();
    }
  });

  it('shows an instant as the programme’s wall clock reads it', () => {
    expect(wallClockText(new Date('2026-12-08T09:30:00Z'), PARIS)).toBe('2026-12-08T10:30');
    expect(wallClockText(new Date('2026-07-13T22:00:00Z'), PARIS)).toBe('2026-07-14T00:00');
    expect(wallClockText(new Date('2026-12-31T23:59:00Z'), PARIS)).toBe('2027-01-01T00:59');
  });

  it('gives back what it read, across both changes of summer time', () => {
    for (const text of [
      '2026-03-29T01:59',
      '2026-03-29T03:00',
      '2026-10-25T02:30',
      '2026-10-25T03:00',
    ]) {
      expect(wallClockText(instantOfWallClock(text, PARIS)!, PARIS)).toBe(text);
    }
  });

  it('reads a time summer time skips as an hour later', () => {
    const skipped = instantOfWallClock('2026-03-29T02:30', PARIS)!;
    expect(wallClockText(skipped, PARIS)).toBe('2026-03-29T03:30');
  });
});
