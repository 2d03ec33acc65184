'use client';

import { RETENTION_MONTHS, retentionSettingsInput } from '@fidele/validators';
import { Alert, Button, Card, Skeleton, TextField } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';

/**
 * The data retention rule and its length: everyone who manages the programme reads it, only the
 * owner changes it (the erasures it leads to are hers to answer for).
 */
export const RetentionForm = () => {
  const t = useTranslations('settings.retention');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canChange = useCan('retention:manage');
  const retention = useQuery(trpc.settings.retention.queryOptions());
  const [invalid, setInvalid] = useState(false);
  const update = useMutation(
    trpc.settings.updateRetention.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.settings.retention.queryKey() }),
    }),
  );

  if (retention.error)
    return <QueryError error={retention.error} onRetry={() => retention.refetch()} />;
  if (!retention.data) return <Skeleton className="h-48 max-w-2xl" />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('retentionMonths') ?? '').trim();
    const parsed = retentionSettingsInput.safeParse({
      retentionMonths: /^\d+$/.test(text) ? Number(text) : Number.NaN,
    });
    setInvalid(!parsed.success);
    if (!parsed.success) {
      document.getElementById('settings-retentionMonths')?.focus();
      return;
    }
    update.mutate(parsed.data);
  };

  return (
    <Card className="max-w-2xl" aria-labelledby="settings-retention">
      <form onSubmit={submit} noValidate className="flex flex-col gap-5">
        <div>
          <h2 id="settings-retention" className="text-lg font-semibold text-ink">
            {t('title')}
          </h2>
          <p className="mt-1 text-sm text-ink-muted">{t('description')}</p>
        </div>
        {update.isSuccess ? <Alert tone="success" title={t('saved')} /> : null}
        {update.error ? <Alert tone="danger">{t('failed')}</Alert> : null}
        <TextField
          id="settings-retentionMonths"
          name="retentionMonths"
          label={t('label')}
          hint={t('hint', { min: RETENTION_MONTHS.min, max: RETENTION_MONTHS.max })}
          inputMode="numeric"
          defaultValue={String(retention.data.retentionMonths)}
          disabled={!canChange}
          error={
            invalid
              ? t('error', { min: RETENTION_MONTHS.min, max: RETENTION_MONTHS.max })
              : undefined
          }
        />
        {canChange ? (
          <Button type="submit" className="self-start" loading={update.isPending}>
            {t('save')}
          </Button>
        ) : (
          <p className="text-sm text-ink-muted">{t('ownerOnly')}</p>
        )}
      </form>
    </Card>
  );
};
