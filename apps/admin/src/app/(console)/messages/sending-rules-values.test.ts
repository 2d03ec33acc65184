import { describe, expect, it } from 'vitest';
import {
  minutesOfDay,
  readSendingRulesForm,
  type SendingRulesFormValues,
  sendingRulesFormFrom,
  timeOfDay,
} from './sending-rules-values.ts';

const SAVED = {
  emailCapPer30Days: 4,
  smsCapPer30Days: 2,
  smsHoursFrom: 600,
  smsHoursTo: 1200,
  smsWeekdays: [1, 2, 3, 4, 5, 6],
  smsSkipHolidays: true,
};

const form = (values: Partial<SendingRulesFormValues>): SendingRulesFormValues => ({
  ...sendingRulesFormFrom(SAVED),
  ...values,
});

describe('sending rules form', () => {
  it('shows the saved rules as typed, hours as a time input does', () => {
    expect(sendingRulesFormFrom(SAVED)).toEqual({
      emailCapPer30Days: '4',
      smsCapPer30Days: '2',
      smsHoursFrom: '10:00',
      smsHoursTo: '20:00',
      smsWeekdays: [1, 2, 3, 4, 5, 6],
      smsSkipHolidays: true,
    });
    expect(readSendingRulesForm(sendingRulesFormFrom(SAVED))).toEqual({ input: SAVED });
  });

  it('reads times as minutes after midnight, midnight as the end being the end of the day', () => {
    expect(minutesOfDay('09:30')).toBe(570);
    expect(minutesOfDay('09:30:00')).toBe(570);
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('00:00', { endOfDay: true })).toBe(1440);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(minutesOfDay('')).toBeNaN();
    expect(minutesOfDay('25:00')).toBeNaN();
    expect(minutesOfDay('9h')).toBeNaN();
    expect(timeOfDay(1440)).toBe('00:00');
    expect(timeOfDay(75)).toBe('01:15');
    expect(readSendingRulesForm(form({ smsHoursTo: '00:00' }))).toEqual({
      input: { ...SAVED, smsHoursTo: 1440 },
    });
  });

  it('names every field the schema refuses, the end before the start included', () => {
    expect(readSendingRulesForm(form({ emailCapPer30Days: '101', smsCapPer30Days: '' }))).toEqual({
      errors: ['emailCapPer30Days', 'smsCapPer30Days'],
    });
    expect(readSendingRulesForm(form({ smsHoursFrom: '21:00' }))).toEqual({
      errors: ['smsHoursTo'],
    });
    expect(readSendingRulesForm(form({ smsHoursFrom: '', smsWeekdays: [] }))).toEqual({
      errors: ['smsHoursFrom', 'smsWeekdays'],
    });
  });
});
