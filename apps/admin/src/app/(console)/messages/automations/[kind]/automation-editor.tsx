'use client';

import { Skeleton } from '@fidele/ui';
import type { AutomationKind } from '@fidele/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/back-link.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { RecordHistory, SavedAlert } from '@/components/record-history.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { AutomationStatus } from '../automation-status.tsx';
import { AutomationForm } from './automation-form.tsx';
import { type AutomationDefaults, automationFormFrom } from './automation-values.ts';

const back = <BackLink href="/messages/automations" namespace="automations.edit" />;

/**
 * One automation: its form (read-only for the roles that do not run the programme) with the
 * preview of its messages, and every change made to it.
 */
export const AutomationEditor = ({
  kind,
  defaults,
}: {
  kind: AutomationKind;
  /** The kind's default wording, in English and French. */
  defaults: AutomationDefaults;
}) => {
  const t = useTranslations('automations');
  const tKind = useTranslations('messages.kinds');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan('programme:manage');
  const automations = useQuery(trpc.messages.automations.queryOptions());
  const automation = automations.data?.find((candidate) => candidate.kind === kind);
  const save = useMutation(
    trpc.messages.saveAutomation.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.messages.automations.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.messages.counts.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );

  const header = (
    <PageHeader
      eyebrow={back}
      title={tKind(kind)}
      description={
        <span className="flex flex-wrap items-center gap-2">
          {automation ? <AutomationStatus enabled={automation.enabled} /> : null}
          {t(`when.${kind}`)}
        </span>
      }
    />
  );

  if (automations.error)
    return (
      <>
        {header}
        <QueryError error={automations.error} onRetry={() => automations.refetch()} />
      </>
    );

  if (!automation)
    return (
      <div aria-busy="true">
        {header}
        <div className="flex flex-col gap-6">
          <Skeleton className="h-64 w-full max-w-3xl" />
          <Skeleton className="h-150 w-full" />
        </div>
      </div>
    );

  return (
    <>
      {header}
      <AutomationForm
        key={kind}
        kind={kind}
        initial={automationFormFrom(automation, defaults)}
        defaults={defaults}
        readOnly={!canManage}
        result={{
          save: (input) => save.mutate(input),
          pending: save.isPending,
          failure: saveFailure(save.error),
          error: save.error,
          done: save.isSuccess ? (
            <SavedAlert title={t('edit.saved')} seeHistory={t('edit.seeHistory')} />
          ) : null,
        }}
      />
      <RecordHistory target={{ type: 'automation', id: kind }} namespace="automations.activity" />
    </>
  );
};
