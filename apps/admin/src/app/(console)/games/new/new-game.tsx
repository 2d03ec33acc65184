'use client';

import { Skeleton } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { saveFailure } from '@/app/(console)/offers/offer-failure.ts';
import { PageHeader } from '@/components/page-header.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { BackToGames } from '../back-to-games.tsx';
import { GameForm } from '../game-form.tsx';
import { newGameForm } from '../game-form-values.ts';

const noChange = () => () => {};

/** A new game; once created, its page opens. */
export const NewGame = () => {
  const t = useTranslations('games');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  // Dates in the browser's time: the form shows once in the browser, never from the server's clock.
  const [initial] = useState(() => newGameForm(new Date()));
  const inBrowser = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const create = useMutation(
    trpc.games.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.games.pathKey() });
        router.push(`/games/${id}?created=1`);
      },
    }),
  );
  return (
    <>
      <PageHeader eyebrow={<BackToGames />} title={t('newTitle')} />
      {inBrowser ? (
        <GameForm
          initial={initial}
          submitLabel={t('create')}
          result={{
            save: (input) => create.mutate(input),
            pending: create.isPending || create.isSuccess,
            error: create.error,
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
