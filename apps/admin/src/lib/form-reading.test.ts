import { describe, expect, it } from 'vitest';
import { programmeDateTime, readDateTime, typedDateTime } from './form-reading.ts';

describe('dates typed in the admin', () => {
  it('reads them on the programme’s clock (Paris), whatever the computer’s zone', () => {
    expect(readDateTime('2031-01-10T09:30').toISOString()).toBe('2031-01-10T08:30:00.000Z');
    expect(typedDateTime('2031-07-10T09:30')?.toISOString()).toBe('2031-07-10T07:30:00.000Z');
  });

  it('fills the inputs with what it reads back', () => {
    expect(programmeDateTime(readDateTime('2031-01-10T09:30'))).toBe('2031-01-10T09:30');
    expect(programmeDateTime(null)).toBe('');
  });

  it('leaves what is not a date unread: invalid for the schema, nothing for the preview', () => {
    expect(readDateTime('2031-02-30T09:30').getTime()).toBeNaN();
    expect(typedDateTime('')).toBeUndefined();
  });
});
