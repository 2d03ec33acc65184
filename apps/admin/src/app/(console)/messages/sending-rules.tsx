'use client';

import { Alert, Button, Card, Skeleton, TextField } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { CheckList } from '@/components/check-list.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { type FormSave, saveFailure, saveFailureKey } from '@/components/save-failure.ts';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useCan } from '@/components/staff-context.tsx';
import { useFormFields } from '@/lib/use-form-fields.ts';
import { useTRPC } from '@/trpc/react.tsx';
import {
  type MessageSettings,
  readSendingRulesForm,
  type SendingRulesField,
  type SendingRulesFormValues,
  sendingRulesField,
  sendingRulesFormFrom,
} from './sending-rules-values.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const fieldId = (field: SendingRulesField) => `sending-rules-${field}`;

/** The fields a refused save names, from the schema's issues. */
const refusedFields = (error: unknown): SendingRulesField[] => [
  ...new Set(
    serverFieldErrors(error).flatMap((path) => sendingRulesField(path.split('.')[0]) ?? []),
  ),
];

/**
 * The caps and the SMS hours, checked with the procedure's schema before sending; read-only for
 * the roles that do not run the programme.
 */
const SendingRulesForm = ({
  initial,
  readOnly,
  result,
}: {
  initial: SendingRulesFormValues;
  readOnly: boolean;
  result: FormSave<MessageSettings>;
}) => {
  const t = useTranslations('messageSettings');
  const format = useFormatter();
  const { values, errors, setErrors, set, text, submitWith } = useFormFields(initial, {
    id: fieldId,
    error: (field) => t(`errors.${field}`),
  });

  // A refused save shows next to the fields the server named, like the browser's own checks.
  const refusedHere = refusedFields(result.error).length > 0;
  useEffect(() => {
    const refused = refusedFields(result.error);
    if (!refused[0]) return;
    setErrors(refused);
    document.getElementById(fieldId(refused[0]))?.focus();
  }, [result.error, setErrors]);

  const submit = submitWith(readSendingRulesForm, result.save, { readOnly });
  // ISO weekdays: 1 January 2024 was a Monday.
  const weekday = (day: number) =>
    format.dateTime(new Date(Date.UTC(2024, 0, day)), { weekday: 'long', timeZone: 'UTC' });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      {readOnly ? <Alert tone="info">{t('readOnly')}</Alert> : null}
      {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
      {result.failure && !refusedHere ? (
        <Alert tone="danger">{t(saveFailureKey(result.failure, {}))}</Alert>
      ) : null}
      {result.done}

      <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-5">
        <legend className="sr-only">{t('title')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('emailCapPer30Days')}
            inputMode="numeric"
            hint={t('capHint')}
            {...text('emailCapPer30Days')}
          />
          <TextField
            label={t('smsCapPer30Days')}
            inputMode="numeric"
            hint={t('capHint')}
            {...text('smsCapPer30Days')}
          />
        </div>

        <section
          aria-labelledby="sending-rules-sms-hours"
          className="flex flex-col gap-4 border-t border-border pt-5"
        >
          <div>
            <h3 id="sending-rules-sms-hours" className="font-semibold text-ink">
              {t('smsHours')}
            </h3>
            <p className="mt-1 text-sm text-ink-muted">{t('smsHoursHelp')}</p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField type="time" label={t('smsHoursFrom')} {...text('smsHoursFrom')} />
            <TextField
              type="time"
              label={t('smsHoursTo')}
              hint={t('smsHoursToHint')}
              {...text('smsHoursTo')}
            />
          </div>
          <CheckList
            id={fieldId('smsWeekdays')}
            legend={t('smsWeekdays')}
            options={WEEKDAYS.map((day) => ({ value: String(day), label: weekday(day) }))}
            selected={values.smsWeekdays.map(String)}
            onChange={(days) => set('smsWeekdays')(days.map(Number).sort((a, b) => a - b))}
            error={errors.includes('smsWeekdays') ? t('errors.smsWeekdays') : undefined}
          />
          <label className="inline-flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              id={fieldId('smsSkipHolidays')}
              className="size-5 accent-brand-700"
              checked={values.smsSkipHolidays}
              onChange={(event) => set('smsSkipHolidays')(event.target.checked)}
            />
            {t('smsSkipHolidays')}
          </label>
        </section>
      </fieldset>

      {readOnly ? null : (
        <Button type="submit" className="self-start" loading={result.pending}>
          {t('save')}
        </Button>
      )}
    </form>
  );
};

/** How hard the programme may press customers: caps per channel, and when marketing SMS go out. */
export const SendingRules = () => {
  const t = useTranslations('messageSettings');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan('programme:manage');
  const settings = useQuery(trpc.messages.settings.queryOptions());
  const update = useMutation(
    trpc.messages.updateSettings.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.messages.settings.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );

  return (
    <Card title={t('title')} className="max-w-3xl" data-testid="sending-rules">
      <p className="mb-5 text-sm text-ink-muted">{t('description')}</p>
      {settings.error ? (
        <QueryError error={settings.error} onRetry={() => settings.refetch()} />
      ) : settings.data ? (
        <SendingRulesForm
          initial={sendingRulesFormFrom(settings.data)}
          readOnly={!canManage}
          result={{
            save: (input) => update.mutate(input),
            pending: update.isPending,
            failure: saveFailure(update.error),
            error: update.error,
            done: update.isSuccess ? <Alert tone="success" title={t('saved')} /> : null,
          }}
        />
      ) : (
        <Skeleton className="h-80 w-full" />
      )}
    </Card>
  );
};
