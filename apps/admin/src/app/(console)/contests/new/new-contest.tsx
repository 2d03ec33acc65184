'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/back-link.tsx';
import { FormInBrowser } from '@/components/form-in-browser.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { ContestForm } from '../contest-form.tsx';
import { newContestForm } from '../contest-form-values.ts';

/** A new contest; once created, its page opens. */
export const NewContest = ({ portalUrl }: { portalUrl: string }) => {
  const t = useTranslations('contests');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.contests.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.contests.pathKey() });
        router.push(`/contests/${id}?created=1`);
      },
    }),
  );
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/contests" namespace="contests" />}
        title={t('newTitle')}
      />
      <FormInBrowser initial={newContestForm}>
        {(initial) => (
          <ContestForm
            initial={initial}
            submitLabel={t('create')}
            portalUrl={portalUrl}
            result={{
              save: (input) => create.mutate(input),
              pending: create.isPending || create.isSuccess,
              error: create.error,
              failure: saveFailure(create.error),
            }}
          />
        )}
      </FormInBrowser>
    </>
  );
};
