import type { MessageWords } from '@fidele/messaging';
import {
  AUTOMATION_TEXT_FIELDS,
  type AutomationKind,
  type AutomationTextField,
  AUTOMATIONS_AHEAD,
  automationInput,
  type MESSAGE_CHANNELS,
} from '@fidele/validators';
import type { z } from 'zod';
import { optional, readWithSchema, whole } from '../../../../../lib/form-reading.ts';

/** An automation as the procedure takes and returns it. */
export type Automation = z.output<typeof automationInput>;

export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export type AutomationLanguage = 'en' | 'fr';

/** The kind's default wording in each language: what goes out while a text is null. */
export type AutomationDefaults = Record<AutomationLanguage, MessageWords>;

/**
 * The automation's form as typed: days ahead as text, each text as shown, the default wording
 * where the brand has none of its own.
 */
export type AutomationFormValues = {
  enabled: boolean;
  channels: MessageChannel[];
  daysBefore: string;
} & Record<AutomationTextField, string>;

export type AutomationField = keyof AutomationFormValues;

/** Each text field's language and the part of the words it holds. */
export const TEXT_FIELD_WORDS: Record<
  AutomationTextField,
  { language: AutomationLanguage; words: keyof MessageWords }
> = {
  subjectEn: { language: 'en', words: 'subject' },
  subjectFr: { language: 'fr', words: 'subject' },
  bodyEn: { language: 'en', words: 'body' },
  bodyFr: { language: 'fr', words: 'body' },
  smsEn: { language: 'en', words: 'sms' },
  smsFr: { language: 'fr', words: 'sms' },
};

/** The text fields of one language: its subject, its email text, its SMS. */
export const textFieldsOf = (language: AutomationLanguage): AutomationTextField[] =>
  AUTOMATION_TEXT_FIELDS.filter((field) => TEXT_FIELD_WORDS[field].language === language);

/** The default wording a text field shows while the automation has none of its own. */
export const defaultText = (defaults: AutomationDefaults, field: AutomationTextField): string => {
  const { language, words } = TEXT_FIELD_WORDS[field];
  return defaults[language][words];
};

const sameText = (a: string, b: string) =>
  a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();

/**
 * A text as saved: null, to keep following the default wording, when it is empty or says just
 * what the default wording says; else the text as typed.
 */
export const ownText = (text: string, fallback: string): string | null =>
  text.trim() === '' || sameText(text, fallback) ? null : text.trim();

/** A text of each field, made by `text`. */
const eachText = <T>(text: (field: AutomationTextField) => T): Record<AutomationTextField, T> =>
  Object.fromEntries(AUTOMATION_TEXT_FIELDS.map((field) => [field, text(field)])) as Record<
    AutomationTextField,
    T
  >;

export const automationFormFrom = (
  automation: Automation,
  defaults: AutomationDefaults,
): AutomationFormValues => ({
  enabled: automation.enabled,
  channels: [...automation.channels],
  daysBefore: automation.daysBefore === null ? '' : String(automation.daysBefore),
  ...eachText((field) => automation.texts[field] ?? defaultText(defaults, field)),
});

/** One language's texts as the preview takes them: null where the default wording goes out. */
export const previewTexts = (
  values: AutomationFormValues,
  defaults: AutomationDefaults,
  language: AutomationLanguage,
): Partial<Record<AutomationTextField, string | null>> =>
  Object.fromEntries(
    textFieldsOf(language).map((field) => [
      field,
      ownText(values[field], defaultText(defaults, field)),
    ]),
  );

const SETTINGS = new Set<string>(['enabled', 'channels', 'daysBefore'] satisfies AutomationField[]);
const TEXTS = new Set<string>(AUTOMATION_TEXT_FIELDS);

/**
 * The form field a path of the procedure's input is typed in (`['texts', 'smsFr']` → `smsFr`,
 * `['channels']` → `channels`); null when none is.
 */
export const automationField = (path: readonly PropertyKey[]): AutomationField | null => {
  const [key, inner] = path.map(String);
  if (key === 'texts') return inner && TEXTS.has(inner) ? (inner as AutomationTextField) : null;
  return key && SETTINGS.has(key) ? (key as AutomationField) : null;
};

/** Valid values for the parts that failed, so the rules across fields run as well. */
const standIns: { [Key in keyof Automation]?: unknown } = {
  enabled: false,
  channels: ['EMAIL'],
  daysBefore: 30,
  texts: eachText(() => null),
};

/**
 * Reads the form with the procedure's own schema, so the browser refuses what the server would,
 * field by field. A text that says what the default wording says is sent as null: the automation
 * keeps following the default wording.
 */
export const readAutomationForm =
  (kind: AutomationKind, defaults: AutomationDefaults) =>
  (values: AutomationFormValues): { input: Automation } | { errors: AutomationField[] } =>
    readWithSchema(
      automationInput,
      {
        kind,
        enabled: values.enabled,
        channels: values.channels,
        daysBefore: AUTOMATIONS_AHEAD.includes(kind) ? optional(values.daysBefore, whole) : null,
        texts: eachText((field) => ownText(values[field], defaultText(defaults, field))),
      },
      { standIns, field: (_key, path) => automationField(path) },
    );

/**
 * The message key (under `placeholders`) explaining a placeholder of a kind: `points`, `date`
 * and `code` mean different things from one kind to another.
 */
export const placeholderKey = (kind: AutomationKind, name: string): string => {
  switch (name) {
    case 'points':
      return kind === 'BIRTHDAY' ? 'birthdayPoints' : 'expiringPoints';
    case 'date':
      return kind === 'CODE_EXPIRING'
        ? 'codeDate'
        : kind === 'RETENTION_WARNING'
          ? 'erasureDate'
          : 'pointsDate';
    case 'code':
      return kind === 'CODE_EXPIRING' ? 'discountCode' : 'invitationCode';
    default:
      return name;
  }
};
