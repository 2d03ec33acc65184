'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/back-link.tsx';
import { FormInBrowser } from '@/components/form-in-browser.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { PrivateSaleForm } from '../private-sale-form.tsx';
import { newPrivateSaleForm } from '../private-sale-form-values.ts';

/** A new private sale; once created, its page opens, where its customers are invited. */
export const NewPrivateSale = () => {
  const t = useTranslations('privateSales');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.privateSales.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.privateSales.pathKey() });
        router.push(`/private-sales/${id}?created=1`);
      },
    }),
  );
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/private-sales" namespace="privateSales" />}
        title={t('newTitle')}
      />
      <FormInBrowser initial={newPrivateSaleForm}>
        {(initial) => (
          <PrivateSaleForm
            initial={initial}
            submitLabel={t('create')}
            result={{
              save: (input) => create.mutate(input),
              pending: create.isPending || create.isSuccess,
              failure: saveFailure(create.error),
              error: create.error,
            }}
          />
        )}
      </FormInBrowser>
    </>
  );
};
