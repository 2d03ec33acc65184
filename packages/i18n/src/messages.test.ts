import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from './locales.ts';

const messagesDir = new URL('../messages/', import.meta.url);
const apps = readdirSync(messagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

type Messages = { [key: string]: string | Messages };

const keysOf = (messages: Messages, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  );

const load = (app: string, locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`${app}/${locale}.json`, messagesDir), 'utf8'));

describe.each(apps)('%s messages', (app) => {
  const reference = keysOf(load(app, 'en')).sort();

  it.each(locales.filter((locale) => locale !== 'en'))(
    '%s has every English key and no other',
    (locale) => {
      expect(keysOf(load(app, locale)).sort()).toEqual(reference);
    },
  );

  it.each([...locales])('%s has no empty message', (locale) => {
    const messages = load(app, locale);
    const valueOf = (key: string) =>
      key
        .split('.')
        .reduce<Messages | string | undefined>(
          (node, part) => (typeof node === 'object' ? node[part] : undefined),
          messages,
        );
    expect(keysOf(messages).filter((key) => !String(valueOf(key)).trim())).toEqual([]);
  });
});
