'use client';

import { WEBHOOK_EVENT_TYPES } from '@fidele/validators';
import { Alert, Button, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { CheckList } from '@/components/check-list.tsx';
import { type FormSave, type SaveFailure, saveFailureKey } from '@/components/save-failure.ts';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useFormFields } from '@/lib/use-form-fields.ts';
import {
  type EndpointField,
  type EndpointFormValues,
  type EndpointInput,
  endpointField,
  readEndpointForm,
} from './endpoint-form-values.ts';

const fieldId = (field: EndpointField) => `webhook-endpoint-${field}`;

/** The fields a refused save names: the schema's issues, or the address the platform refused. */
const refusedFields = (error: unknown, failure: SaveFailure | undefined): EndpointField[] =>
  failure?.appCode === 'webhook_url_insecure'
    ? ['url']
    : [
        ...new Set(
          serverFieldErrors(error).flatMap((path) => endpointField(path.split('.')[0]) ?? []),
        ),
      ];

/** An endpoint's address, description, events and switch, checked with the procedure's schema. */
export const EndpointForm = ({
  initial,
  submitLabel,
  result,
}: {
  initial: EndpointFormValues;
  submitLabel: string;
  result: FormSave<EndpointInput>;
}) => {
  const t = useTranslations('outboundWebhooks.form');
  const { values, errors, setErrors, set, text, submitWith } = useFormFields(initial, {
    id: fieldId,
    error: (field) => t(`errors.${field}`),
  });

  const refusedHere = refusedFields(result.error, result.failure).length > 0;
  useEffect(() => {
    const refused = refusedFields(result.error, result.failure);
    if (!refused[0]) return;
    setErrors(refused);
    document.getElementById(fieldId(refused[0]))?.focus();
  }, [result.error, result.failure, setErrors]);

  return (
    <form
      onSubmit={submitWith(readEndpointForm, result.save)}
      noValidate
      className="flex flex-col gap-5"
    >
      {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
      {result.failure && !refusedHere ? (
        <Alert tone="danger">{t(saveFailureKey(result.failure, {}))}</Alert>
      ) : null}
      {result.done}
      <TextField
        label={t('url')}
        type="url"
        hint={t('urlHint')}
        maxLength={2000}
        {...text('url')}
      />
      <TextField
        label={t('description')}
        hint={t('descriptionHint')}
        maxLength={500}
        {...text('description')}
      />
      <CheckList
        id={fieldId('events')}
        legend={t('events')}
        options={WEBHOOK_EVENT_TYPES.map((type) => ({
          value: type,
          label: (
            <span>
              <code className="font-semibold">{type}</code>{' '}
              <span className="text-ink-muted">{t(`eventHelp.${type.replace('.', '_')}`)}</span>
            </span>
          ),
        }))}
        selected={values.events}
        onChange={set('events')}
        error={errors.includes('events') ? t('errors.events') : undefined}
      />
      <label className="inline-flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          id={fieldId('enabled')}
          className="size-5 accent-brand-700"
          checked={values.enabled}
          onChange={(event) => set('enabled')(event.target.checked)}
        />
        {t('enabled')}
      </label>
      <Button type="submit" className="self-start" loading={result.pending}>
        {submitLabel}
      </Button>
    </form>
  );
};
