import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALL_AUDIT_ACTIONS,
  AUDIT_AREAS,
  AUDIT_TARGET_TYPES,
  actionMessageKey,
} from './audit-actions.ts';

// The admin's words for the audit log: `recordAudit` takes only catalogued actions (the compiler
// sees to it), and each of them, each area and each target type must read as words.
const audit = (locale: string) =>
  (
    JSON.parse(
      readFileSync(new URL(`../../../i18n/messages/admin/${locale}.json`, import.meta.url), 'utf8'),
    ) as { audit: Record<string, Record<string, string>> }
  ).audit;

describe.each(['en', 'fr'])('the audit log in %s', (locale) => {
  const words = audit(locale);

  it('names every action', () => {
    expect(
      ALL_AUDIT_ACTIONS.filter((action) => !words.actions?.[actionMessageKey(action)]),
    ).toEqual([]);
  });

  it('names every area and every target type', () => {
    expect(AUDIT_AREAS.filter((area) => !words.areas?.[area])).toEqual([]);
    expect(AUDIT_TARGET_TYPES.filter((type) => !words.targets?.[type])).toEqual([]);
  });

  it('names no action the platform does not record', () => {
    expect(
      Object.keys(words.actions ?? {}).filter(
        (key) => !ALL_AUDIT_ACTIONS.some((action) => actionMessageKey(action) === key),
      ),
    ).toEqual([]);
  });
});

it('lists each action in one area only', () => {
  expect(new Set(ALL_AUDIT_ACTIONS).size).toBe(ALL_AUDIT_ACTIONS.length);
});
