import { describe, expect, it } from 'vitest';
import { DEFAULT_SENDING_HOURS, nextSendingSlot } from './sending-hours.ts';

const SMS = DEFAULT_SENDING_HOURS.SMS;
const paris = (iso: string) => new Date(iso);

describe('nextSendingSlot (SMS defaults, Paris)', () => {
  it('lets a message go out on a weekday within 10:00–20:00', () => {
    expect(nextSendingSlot(paris('2026-12-08T10:00:00+01:00'), SMS)).toBeNull();
    expect(nextSendingSlot(paris('2026-12-08T19:59:00+01:00'), SMS)).toBeNull();
    expect(nextSendingSlot(paris('2026-12-12T15:00:00+01:00'), SMS)).toBeNull(); // a Saturday
  });

  it('holds a message before 10:00 to 10:00 the same day', () => {
    expect(nextSendingSlot(paris('2026-12-08T07:30:00+01:00'), SMS)).toEqual(
      paris('2026-12-08T10:00:00+01:00'),
    );
  });

  it('holds a message at 21:00 to 10:00 the next morning', () => {
    expect(nextSendingSlot(paris('2026-12-08T21:00:00+01:00'), SMS)).toEqual(
      paris('2026-12-09T10:00:00+01:00'),
    );
  });

  it('holds a Sunday message to Monday 10:00, and Saturday evening too', () => {
    expect(nextSendingSlot(paris('2026-12-13T11:00:00+01:00'), SMS)).toEqual(
      paris('2026-12-14T10:00:00+01:00'),
    );
    expect(nextSendingSlot(paris('2026-12-12T20:00:00+01:00'), SMS)).toEqual(
      paris('2026-12-14T10:00:00+01:00'),
    );
  });

  it('skips French public holidays: Christmas, and Easter Monday', () => {
    expect(nextSendingSlot(paris('2026-12-25T11:00:00+01:00'), SMS)).toEqual(
      paris('2026-12-26T10:00:00+01:00'),
    );
    // Easter 2027 is on 28 March: Sunday, then Easter Monday off, so Tuesday 30 March (summer time).
    expect(nextSendingSlot(paris('2027-03-27T20:30:00+01:00'), SMS)).toEqual(
      paris('2027-03-30T10:00:00+02:00'),
    );
  });

  it('counts hours in the programme time zone, summer time included', () => {
    // 08:30 UTC in July is 10:30 in Paris.
    expect(nextSendingSlot(new Date('2027-07-06T08:30:00Z'), SMS)).toBeNull();
    expect(nextSendingSlot(new Date('2027-07-06T07:30:00Z'), SMS)).toEqual(
      new Date('2027-07-06T08:00:00Z'),
    );
  });

  it('finds 10:00 on the day clocks go forward, when Sundays are sending days', () => {
    const everyDay = { ...SMS!, weekdays: [1, 2, 3, 4, 5, 6, 7] };
    // 29 March 2026: Paris goes from UTC+1 to UTC+2 at 2:00.
    expect(nextSendingSlot(new Date('2026-03-29T05:00:00Z'), everyDay)).toEqual(
      new Date('2026-03-29T08:00:00Z'),
    );
  });

  it('sends email at any time by default', () => {
    expect(nextSendingSlot(paris('2026-12-13T23:00:00+01:00'), DEFAULT_SENDING_HOURS.EMAIL)).toBe(
      null,
    );
  });
});
