'use client';

import { Card, Skeleton } from '@fidele/ui';
import type { AutomationKind } from '@fidele/validators';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { MessagePreview, PreviewLanguages } from '@/components/message-preview.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import {
  type AutomationDefaults,
  type AutomationFormValues,
  type AutomationLanguage,
  previewTexts,
} from './automation-values.ts';

/** How long the words stay unchanged before the preview asks for them again. */
const DEBOUNCE_MS = 400;

/**
 * The last value given, once it has not changed for `ms` (compared by its JSON), and whether the
 * value on screen is still newer than it.
 */
const useSettled = <T,>(value: T, ms: number): { settled: T; pending: boolean } => {
  const key = JSON.stringify(value);
  const [settledKey, setSettledKey] = useState(key);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettledKey(key), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]);
  const settled = useMemo(() => JSON.parse(settledKey) as T, [settledKey]);
  return { settled, pending: key !== settledKey };
};

/** The automation's email and SMS in one language, with the words on screen, saved or not. */
const PreviewIn = ({
  kind,
  language,
  values,
  defaults,
}: {
  kind: AutomationKind;
  language: AutomationLanguage;
  values: AutomationFormValues;
  defaults: AutomationDefaults;
}) => {
  const t = useTranslations('automations.preview');
  const trpc = useTRPC();
  const { settled: texts, pending } = useSettled(
    previewTexts(values, defaults, language),
    DEBOUNCE_MS,
  );
  const preview = useQuery({
    ...trpc.messages.previewAutomation.queryOptions({ kind, locale: language, texts }),
    placeholderData: keepPreviousData,
  });

  if (!preview.data)
    return preview.error ? (
      <QueryError error={preview.error} onRetry={() => preview.refetch()} />
    ) : (
      <Skeleton className="h-150 w-full" />
    );
  const updating = pending || preview.isFetching;
  return (
    <div
      className="flex flex-col gap-3"
      aria-busy={updating || undefined}
      data-testid={`automation-preview-${language}`}
    >
      <p className="text-sm text-ink-muted">{updating ? t('updating') : t('upToDate')}</p>
      {preview.error ? (
        <QueryError error={preview.error} onRetry={() => preview.refetch()} />
      ) : null}
      <MessagePreview
        id={`automation-preview-${language}`}
        message={preview.data}
        smsLengthTestId={`automation-sms-length-${language}`}
      />
    </div>
  );
};

/**
 * What customers receive from this automation, as a sample customer gets it, in English or in
 * French: brought up to date with the words on screen a moment after they stop changing.
 */
export const AutomationPreview = ({
  kind,
  values,
  defaults,
}: {
  kind: AutomationKind;
  values: AutomationFormValues;
  defaults: AutomationDefaults;
}) => {
  const t = useTranslations('automations.preview');
  return (
    <Card title={t('title')} data-testid="automation-preview">
      <p className="mb-4 text-sm text-ink-muted">{t('description')}</p>
      <PreviewLanguages label={t('language')} names={{ en: t('english'), fr: t('french') }}>
        {(language) => (
          <PreviewIn kind={kind} language={language} values={values} defaults={defaults} />
        )}
      </PreviewLanguages>
    </Card>
  );
};
