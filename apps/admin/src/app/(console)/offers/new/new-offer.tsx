'use client';

import { Skeleton } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { PageHeader } from '@/components/page-header.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { BackToOffers } from '../back-to-offers.tsx';
import { saveFailure } from '../offer-failure.ts';
import { OfferForm } from '../offer-form.tsx';
import { newOfferForm } from '../offer-form-values.ts';

const noChange = () => () => {};

/** A new offer; once created, its page opens with the audit entry of the creation. */
export const NewOffer = () => {
  const t = useTranslations('offers');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  // On from the moment the form opens, for a week, in the browser's time: the form shows once in
  // the browser, so the server's clock and time zone never fill in the dates.
  const [initial] = useState(() => newOfferForm(new Date()));
  const inBrowser = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
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
      <PageHeader eyebrow={<BackToOffers />} title={t('newTitle')} />
      {inBrowser ? (
        <OfferForm
          initial={initial}
          submitLabel={t('create')}
          result={{
            save: (input) => create.mutate(input),
            pending: create.isPending || create.isSuccess,
            failure: saveFailure(create.error),
          }}
        />
      ) : (
        <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
      )}
    </>
  );
};
