import { DEFAULT_WORDS } from '@fidele/messaging';
import { describe, expect, it } from 'vitest';
import {
  type Automation,
  automationField,
  type AutomationFormValues,
  automationFormFrom,
  placeholderKey,
  previewTexts,
  readAutomationForm,
} from './automation-values.ts';

const NO_TEXTS = {
  subjectEn: null,
  subjectFr: null,
  bodyEn: null,
  bodyFr: null,
  smsEn: null,
  smsFr: null,
};

const POINTS: Automation = {
  kind: 'POINTS_EXPIRING',
  enabled: true,
  channels: ['EMAIL', 'SMS'],
  daysBefore: 30,
  texts: { ...NO_TEXTS, smsFr: 'Fidèle : {points} points expirent le {date}. {link}' },
};

const defaults = DEFAULT_WORDS.POINTS_EXPIRING;
const read = readAutomationForm('POINTS_EXPIRING', defaults);

const form = (values: Partial<AutomationFormValues>): AutomationFormValues => ({
  ...automationFormFrom(POINTS, defaults),
  ...values,
});

describe('automation form', () => {
  it('shows the default wording where the automation has none of its own', () => {
    expect(automationFormFrom(POINTS, defaults)).toEqual({
      enabled: true,
      channels: ['EMAIL', 'SMS'],
      daysBefore: '30',
      subjectEn: defaults.en.subject,
      subjectFr: defaults.fr.subject,
      bodyEn: defaults.en.body,
      bodyFr: defaults.fr.body,
      smsEn: defaults.en.sms,
      smsFr: 'Fidèle : {points} points expirent le {date}. {link}',
    });
  });

  it('sends the default wording as null, so the automation keeps following it', () => {
    expect(read(automationFormFrom(POINTS, defaults))).toEqual({ input: POINTS });
    // The same words with spaces or Windows line ends around them are still the default wording.
    expect(
      read(
        form({
          bodyEn: `  ${defaults.en.body.replaceAll('\n', '\r\n')}\n`,
          smsFr: '   ',
        }),
      ),
    ).toEqual({ input: { ...POINTS, texts: NO_TEXTS } });
    expect(read(form({ subjectEn: '  Your {points} points  ' }))).toEqual({
      input: { ...POINTS, texts: { ...POINTS.texts, subjectEn: 'Your {points} points' } },
    });
  });

  it('previews one language, the default wording as null', () => {
    expect(previewTexts(form({ smsEn: 'Hi {firstName}' }), defaults, 'en')).toEqual({
      subjectEn: null,
      bodyEn: null,
      smsEn: 'Hi {firstName}',
    });
  });

  it('reads the days ahead only for the kinds that warn ahead', () => {
    expect(read(form({ daysBefore: '7' }))).toEqual({ input: { ...POINTS, daysBefore: 7 } });
    expect(read(form({ daysBefore: '' }))).toEqual({ errors: ['daysBefore'] });
    expect(read(form({ daysBefore: '0' }))).toEqual({ errors: ['daysBefore'] });
    expect(read(form({ daysBefore: '2.5' }))).toEqual({ errors: ['daysBefore'] });
    const welcome: Automation = { ...POINTS, kind: 'WELCOME', daysBefore: null, texts: NO_TEXTS };
    const welcomeDefaults = DEFAULT_WORDS.WELCOME;
    expect(
      readAutomationForm(
        'WELCOME',
        welcomeDefaults,
      )({ ...automationFormFrom(welcome, welcomeDefaults), daysBefore: 'whatever' }),
    ).toEqual({ input: welcome });
  });

  it('asks for a channel only while a non-invitation automation is on', () => {
    expect(read(form({ channels: [] }))).toEqual({ errors: ['channels'] });
    expect(read(form({ channels: [], enabled: false }))).toEqual({
      input: { ...POINTS, channels: [], enabled: false },
    });
    const invitation: Automation = {
      kind: 'INVITATION',
      enabled: true,
      channels: [],
      daysBefore: null,
      texts: NO_TEXTS,
    };
    expect(
      readAutomationForm(
        'INVITATION',
        DEFAULT_WORDS.INVITATION,
      )(automationFormFrom(invitation, DEFAULT_WORDS.INVITATION)),
    ).toEqual({ input: invitation });
  });

  it('names every field the schema refuses, placeholders included', () => {
    expect(read(form({ smsFr: 'Votre code {code}', bodyEn: 'Hello {name}' }))).toEqual({
      errors: ['bodyEn', 'smsFr'],
    });
    // A faulty number does not hide the rules across fields.
    expect(read(form({ daysBefore: '91', channels: [], subjectEn: '{tier}' }))).toEqual({
      errors: ['daysBefore', 'channels', 'subjectEn'],
    });
  });

  it('maps the paths of a refused save to the fields they were typed in', () => {
    expect(automationField(['texts', 'smsFr'])).toBe('smsFr');
    expect(automationField('texts.bodyEn'.split('.'))).toBe('bodyEn');
    expect(automationField(['channels'])).toBe('channels');
    expect(automationField(['daysBefore'])).toBe('daysBefore');
    expect(automationField(['enabled'])).toBe('enabled');
    expect(automationField(['texts'])).toBeNull();
    expect(automationField(['texts', 'other'])).toBeNull();
    expect(automationField(['kind'])).toBeNull();
    expect(automationField([])).toBeNull();
  });

  it('explains a placeholder by what it means for the kind', () => {
    expect(placeholderKey('BIRTHDAY', 'points')).toBe('birthdayPoints');
    expect(placeholderKey('POINTS_EXPIRING', 'points')).toBe('expiringPoints');
    expect(placeholderKey('CODE_EXPIRING', 'code')).toBe('discountCode');
    expect(placeholderKey('INVITATION', 'code')).toBe('invitationCode');
    expect(placeholderKey('CODE_EXPIRING', 'date')).toBe('codeDate');
    expect(placeholderKey('WELCOME', 'firstName')).toBe('firstName');
  });
});
