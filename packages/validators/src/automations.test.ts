import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { automationInput, portalPath } from './automations.ts';

const texts = {
  subjectEn: null,
  subjectFr: null,
  bodyEn: null,
  bodyFr: null,
  smsEn: null,
  smsFr: null,
};
const issuesOf = (error: z.ZodError) =>
  Object.fromEntries(error.issues.map((issue) => [issue.path.join('.'), issue.message]));
const welcome = { kind: 'WELCOME', enabled: true, channels: ['EMAIL'], daysBefore: null, texts };

describe('an automation as staff save it', () => {
  it('keeps its own words, an emptied text going back to the default wording', () => {
    const parsed = automationInput.parse({
      ...welcome,
      texts: { ...texts, subjectEn: '  Welcome {firstName} ', bodyFr: '   ' },
    });
    expect(parsed.texts).toMatchObject({ subjectEn: 'Welcome {firstName}', bodyFr: null });
  });

  it('refuses a placeholder its kind does not know, naming the ones it does', () => {
    const result = automationInput.safeParse({
      ...welcome,
      texts: { ...texts, smsFr: 'Bonjour {prenom}, {points}' },
    });
    expect(result.success).toBe(false);
    expect(issuesOf(result.error!)).toEqual({
      'texts.smsFr':
        'Unknown placeholder {prenom}, {points}; use {firstName}, {link}, {memberCode}',
    });
  });

  it('asks for a channel when it is on, and for days ahead when it warns of an expiry', () => {
    const result = automationInput.safeParse({
      ...welcome,
      kind: 'POINTS_EXPIRING',
      channels: [],
      daysBefore: null,
    });
    expect(issuesOf(result.error!)).toEqual({
      channels: 'Tick at least one channel',
      daysBefore: 'Say how many days ahead',
    });
    expect(
      automationInput.safeParse({ ...welcome, kind: 'INVITATION', channels: [] }).success,
    ).toBe(true);
  });
});

describe('where a tracked link may lead', () => {
  it('is a path of the portal only', () => {
    expect(portalPath.safeParse('/codes').success).toBe(true);
    for (const elsewhere of ['https://evil.example', '//evil.example', '/\\evil.example', 'codes'])
      expect(portalPath.safeParse(elsewhere).success).toBe(false);
  });
});
