'use client';

import { Badge, Card, EmptyState, localisedName, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ArchiveButton, type ArchiveChange } from '@/components/archive-dialog.tsx';
import { availabilityTone } from '@/components/availability.ts';
import { PageHeader } from '@/components/page-header.tsx';
import { failureCode, QueryError } from '@/components/query-error.tsx';
import { RecordHistory, SavedAlert } from '@/components/record-history.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { ArchiveRewardDialog } from '../archive-reward-dialog.tsx';
import { BackToRewards } from '../back-to-rewards.tsx';
import { RewardForm } from '../reward-form.tsx';
import { rewardFormFrom } from '../reward-form-values.ts';
import { rewardState } from '../reward-state.ts';

/** One reward: its form, where it stands (archive or restore it) and every change made to it. */
export const RewardEditor = ({ rewardId }: { rewardId: string }) => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const justCreated = useSearchParams().get('created') === '1';
  const [change, setChange] = useState<ArchiveChange | null>(null);
  // The catalog is small and already cached by the list: one reward is read from it.
  const rewards = useQuery(trpc.rewards.list.queryOptions({ includeArchived: true }));
  const reward = rewards.data?.find((r) => r.id === rewardId);
  const update = useMutation(
    trpc.rewards.update.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.rewards.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );

  if (rewards.error || (rewards.data && !reward))
    return (
      <>
        <PageHeader eyebrow={<BackToRewards />} title={t('rewards.title')} />
        {rewards.error ? (
          <QueryError error={rewards.error} onRetry={() => rewards.refetch()} />
        ) : (
          <EmptyState title={t('rewardForm.notFound')} />
        )}
      </>
    );

  if (!reward)
    return (
      <>
        <PageHeader eyebrow={<BackToRewards />} title={<Skeleton className="h-9 w-72" />} />
        <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
      </>
    );

  const name = localisedName(reward, 'name', locale);
  const state = rewardState(reward);
  const archived = reward.archivedAt !== null;

  return (
    <>
      <PageHeader
        eyebrow={<BackToRewards />}
        title={name}
        description={<Badge tone={availabilityTone[state]}>{t(`rewards.status.${state}`)}</Badge>}
      />
      <RewardForm
        key={reward.id}
        initial={rewardFormFrom(reward)}
        submitLabel={t('rewardForm.save')}
        result={{
          save: (data) => update.mutate({ id: reward.id, data }),
          pending: update.isPending,
          failure: failureCode(update.error),
          done:
            update.isSuccess || (justCreated && update.isIdle) ? (
              <SavedAlert
                title={t(update.isSuccess ? 'rewardForm.saved' : 'rewardForm.created')}
                seeHistory={t('rewards.seeHistory')}
              />
            ) : null,
        }}
        aside={
          <Card title={t('rewardForm.status.title')}>
            <div className="flex flex-col gap-3">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={availabilityTone[state]}>{t(`rewards.status.${state}`)}</Badge>
                <span className="text-sm text-ink-muted">
                  {t('rewardForm.status.counts', {
                    issued: reward.issued,
                    redeemed: reward.redeemed,
                  })}
                </span>
              </p>
              <p className="text-sm text-ink-muted">
                {t(archived ? 'rewardForm.status.archivedHint' : 'rewardForm.status.liveHint')}
              </p>
              <ArchiveButton
                namespace="rewards"
                archived={archived}
                onClick={() => setChange({ id: reward.id, name, archive: !archived })}
              />
            </div>
          </Card>
        }
      />
      <RecordHistory target={{ type: 'reward', id: reward.id }} namespace="rewardForm.activity" />
      <ArchiveRewardDialog
        change={change}
        onClose={() => setChange(null)}
        onDone={() => setChange(null)}
      />
    </>
  );
};
