import { describe, expect, it } from 'vitest';
import { automationInput } from './automations.ts';
import { retentionSettingsInput } from './retention.ts';

describe('the data retention', () => {
  it('is a whole number of months from 12 to 120', () => {
    for (const retentionMonths of [12, 36, 120])
      expect(retentionSettingsInput.safeParse({ retentionMonths }).success).toBe(true);
    for (const retentionMonths of [11, 121, 36.5, Number.NaN])
      expect(retentionSettingsInput.safeParse({ retentionMonths }).success).toBe(false);
  });

  it('keeps its warning on and by email: only its words change', () => {
    const texts = {
      subjectEn: null,
      subjectFr: null,
      bodyEn: 'Erased on {date}, {firstName}: {link}',
      bodyFr: null,
      smsEn: null,
      smsFr: null,
    };
    const warning = { kind: 'RETENTION_WARNING', daysBefore: null, texts } as const;
    expect(
      automationInput.safeParse({ ...warning, enabled: true, channels: ['EMAIL'] }).success,
    ).toBe(true);
    expect(
      automationInput.safeParse({ ...warning, enabled: false, channels: ['EMAIL'] }).success,
    ).toBe(false);
    expect(
      automationInput.safeParse({ ...warning, enabled: true, channels: ['EMAIL', 'SMS'] }).success,
    ).toBe(false);
  });
});
