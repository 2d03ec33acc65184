'use client';

import { Alert, Button, Card, TextAreaField, TextField } from '@fidele/ui';
import {
  AUTOMATION_PLACEHOLDERS,
  type AutomationKind,
  type AutomationTextField,
  AUTOMATIONS_AHEAD,
  isAccountAutomation,
  isInvitationAutomation,
  automationAudience,
  MESSAGE_CHANNELS,
  unknownPlaceholders,
} from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { CheckList } from '@/components/check-list.tsx';
import { SmsLengthText } from '@/components/message-preview.tsx';
import { type FormSave, saveFailureKey } from '@/components/save-failure.ts';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { smsLength } from '@fidele/messaging/sms-length';
import { useFormFields } from '@/lib/use-form-fields.ts';
import { AutomationPreview } from './automation-preview.tsx';
import {
  type Automation,
  type AutomationDefaults,
  type AutomationField,
  type AutomationFormValues,
  type AutomationLanguage,
  automationField,
  defaultText,
  placeholderKey,
  readAutomationForm,
  TEXT_FIELD_WORDS,
  textFieldsOf,
} from './automation-values.ts';

const fieldId = (field: AutomationField) => `automation-${field}`;

/** The fields a refused save names, from the schema's issues. */
const refusedFields = (error: unknown): AutomationField[] => [
  ...new Set(serverFieldErrors(error).flatMap((path) => automationField(path.split('.')) ?? [])),
];

/** The most each text may hold, as the procedure's schema allows. */
const MAX_LENGTH = { subject: 200, body: 2000, sms: 480 } as const;

const LANGUAGES: AutomationLanguage[] = ['en', 'fr'];

/** The `{placeholders}` the kind's words may use, each with what it becomes. */
const Placeholders = ({ kind }: { kind: AutomationKind }) => {
  const t = useTranslations('automations.edit');
  const tName = useTranslations('automations.placeholders');
  return (
    <section aria-labelledby="automation-placeholders" className="flex flex-col gap-2">
      <h3 id="automation-placeholders" className="font-semibold text-ink">
        {t('placeholders')}
      </h3>
      <p className="text-sm text-ink-muted">{t('placeholdersHelp')}</p>
      <dl
        className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]"
        data-testid="automation-placeholders"
      >
        {AUTOMATION_PLACEHOLDERS[kind].map((name) => (
          <div key={name} className="contents">
            <dt>
              <code className="font-mono text-ink">{`{${name}}`}</code>
            </dt>
            <dd className="mb-1 text-ink-muted sm:mb-0">{tName(placeholderKey(kind, name))}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};

/**
 * One automation: on or off, its channels and days ahead, its words in English and French (the
 * default wording where the brand has none of its own), checked with the procedure's schema
 * before sending, with a live preview under it; read-only for the roles that do not run the
 * programme.
 */
export const AutomationForm = ({
  kind,
  initial,
  defaults,
  readOnly,
  result,
}: {
  kind: AutomationKind;
  initial: AutomationFormValues;
  defaults: AutomationDefaults;
  readOnly: boolean;
  result: FormSave<Automation>;
}) => {
  const t = useTranslations('automations.edit');
  const tChannel = useTranslations('channels');
  const { values, errors, setErrors, set, text, submitWith } = useFormFields(initial, {
    id: fieldId,
    // A text's error says what is wrong with what it holds: `textInput` below.
    error: (field) => (field in TEXT_FIELD_WORDS ? '' : t(`errors.${field}`)),
  });

  // A refused save shows next to the fields the server named, like the browser's own checks.
  const refusedHere = refusedFields(result.error).length > 0;
  useEffect(() => {
    const refused = refusedFields(result.error);
    if (!refused[0]) return;
    setErrors(refused);
    document.getElementById(fieldId(refused[0]))?.focus();
  }, [result.error, setErrors]);

  const submit = submitWith(readAutomationForm(kind, defaults), result.save, { readOnly });
  const invitation = isInvitationAutomation(kind);
  // Always on and by email: only its words are the brand's to change.
  const account = isAccountAutomation(kind);
  const ahead = AUTOMATIONS_AHEAD.includes(kind);

  /** A text's input, its error saying which placeholders are unknown or how long it may be. */
  const textInput = (field: AutomationTextField) => {
    const unknown = unknownPlaceholders(kind, values[field]);
    return {
      ...text(field),
      // The words are in their own language, whatever the language of the console.
      lang: TEXT_FIELD_WORDS[field].language,
      placeholder: defaultText(defaults, field),
      maxLength: MAX_LENGTH[TEXT_FIELD_WORDS[field].words],
      error: errors.includes(field)
        ? unknown.length
          ? t('errors.placeholders', { names: unknown.map((name) => `{${name}}`).join(', ') })
          : t('errors.tooLong', { max: MAX_LENGTH[TEXT_FIELD_WORDS[field].words] })
        : undefined,
    };
  };

  const restoreDefaults = (language: AutomationLanguage) => {
    for (const field of textFieldsOf(language)) set(field)(defaultText(defaults, field));
  };

  const languageFields = (language: AutomationLanguage) => {
    const [subject, body, sms] = textFieldsOf(language) as [
      AutomationTextField,
      AutomationTextField,
      AutomationTextField,
    ];
    const followsDefault = textFieldsOf(language).every(
      (field) => values[field].trim() === defaultText(defaults, field).trim(),
    );
    return (
      <section
        aria-labelledby={`automation-words-${language}`}
        className="flex min-w-0 flex-col gap-4"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3
            id={`automation-words-${language}`}
            className="text-sm font-semibold tracking-wide text-ink-muted uppercase"
          >
            {t(language === 'fr' ? 'french' : 'english')}
          </h3>
          {readOnly || followsDefault ? null : (
            <Button size="sm" variant="ghost" onClick={() => restoreDefaults(language)}>
              {t('restoreDefault')}
            </Button>
          )}
        </div>
        <TextField label={t('subject')} {...textInput(subject)} />
        <TextAreaField label={t('body')} rows={9} hint={t('bodyHint')} {...textInput(body)} />
        <TextAreaField
          label={t('sms')}
          rows={4}
          hint={
            <>
              <SmsLengthText length={smsLength(values[sms].trim())} /> {t('smsLengthHint')}
            </>
          }
          {...textInput(sms)}
        />
      </section>
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        {readOnly ? <Alert tone="info">{t('readOnly')}</Alert> : null}
        {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {result.failure && !refusedHere ? (
          <Alert tone="danger">{t(saveFailureKey(result.failure, {}))}</Alert>
        ) : null}
        {result.done}

        <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-6">
          <legend className="sr-only">{t('legend')}</legend>
          <Card title={t('sending')} className="max-w-3xl">
            <div className="flex flex-col gap-5">
              <p className="text-sm text-ink-muted">{t(automationAudience(kind))}</p>
              {account ? null : (
                <div className="flex flex-col gap-1">
                  <label className="inline-flex min-h-10 items-center gap-2 text-sm font-medium">
                    <input
                      type="checkbox"
                      id={fieldId('enabled')}
                      className="size-5 accent-brand-700"
                      checked={values.enabled}
                      onChange={(event) => set('enabled')(event.target.checked)}
                    />
                    {t('enabled')}
                  </label>
                  <p className="text-sm text-ink-muted">{t('enabledHint')}</p>
                </div>
              )}
              {account ? null : invitation ? (
                <div className="flex flex-col gap-1.5">
                  <p className="text-sm font-medium text-ink">{t('channels')}</p>
                  <p className="text-sm text-ink-muted">{t('eventChannels')}</p>
                </div>
              ) : (
                <CheckList
                  id={fieldId('channels')}
                  legend={t('channels')}
                  options={MESSAGE_CHANNELS.map((channel) => ({
                    value: channel,
                    label: tChannel(channel),
                  }))}
                  selected={values.channels}
                  onChange={(channels) =>
                    set('channels')(MESSAGE_CHANNELS.filter((c) => channels.includes(c)))
                  }
                  error={errors.includes('channels') ? t('errors.channels') : undefined}
                />
              )}
              {ahead ? (
                <TextField
                  label={t('daysBefore')}
                  inputMode="numeric"
                  hint={t(`daysBeforeHint.${kind}`)}
                  className="max-w-xs"
                  {...text('daysBefore')}
                />
              ) : null}
            </div>
          </Card>

          <Card title={t('words')}>
            <div className="flex flex-col gap-6">
              <p className="text-sm text-ink-muted">{t('wordsHelp')}</p>
              <Placeholders kind={kind} />
              <div className="grid gap-6 border-t border-border pt-5 md:grid-cols-2">
                {LANGUAGES.map((language) => (
                  <div key={language} className="min-w-0">
                    {languageFields(language)}
                  </div>
                ))}
              </div>
            </div>
          </Card>
        </fieldset>

        {readOnly ? null : (
          <Button type="submit" className="self-start" loading={result.pending}>
            {t('save')}
          </Button>
        )}
      </form>

      <AutomationPreview kind={kind} values={values} defaults={defaults} />
    </div>
  );
};
