'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/back-link.tsx';
import { FormInBrowser } from '@/components/form-in-browser.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { OfferForm } from '../offer-form.tsx';
import { newOfferForm } from '../offer-form-values.ts';

/** A new offer; once created, its page opens with the audit entry of the creation. */
export const NewOffer = () => {
  const t = useTranslations('offers');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.offers.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() });
        router.push(`/offers/${id}?created=1`);
      },
    }),
  );
  return (
    <>
      <PageHeader eyebrow={<BackLink href="/offers" namespace="offers" />} title={t('newTitle')} />
      <FormInBrowser initial={newOfferForm}>
        {(initial) => (
          <OfferForm
            initial={initial}
            submitLabel={t('create')}
            result={{
              save: (input) => create.mutate(input),
              pending: create.isPending || create.isSuccess,
              failure: saveFailure(create.error),
            }}
          />
        )}
      </FormInBrowser>
    </>
  );
};
