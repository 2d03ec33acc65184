'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/page-header.tsx';
import { failureCode } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { BackToRewards } from '../back-to-rewards.tsx';
import { RewardForm } from '../reward-form.tsx';
import { emptyRewardForm } from '../reward-form-values.ts';

/** A new reward; once created, its page opens with the audit entry of the creation. */
export const NewReward = () => {
  const t = useTranslations('rewardForm');
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.rewards.create.mutationOptions({
      onSuccess: ({ id }) => router.push(`/rewards/${id}?created=1`),
    }),
  );
  return (
    <>
      <PageHeader eyebrow={<BackToRewards />} title={t('newTitle')} />
      <RewardForm
        initial={emptyRewardForm}
        submitLabel={t('create')}
        result={{
          save: (input) => create.mutate(input),
          pending: create.isPending || create.isSuccess,
          failure: failureCode(create.error),
        }}
      />
    </>
  );
};
