'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { saveFailure } from '@/components/save-failure.ts';
import { FormInBrowser } from '@/components/form-in-browser.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { BackToGames } from '../back-to-games.tsx';
import { GameForm } from '../game-form.tsx';
import { newGameForm } from '../game-form-values.ts';

/** A new game; once created, its page opens. */
export const NewGame = () => {
  const t = useTranslations('games');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
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
      <FormInBrowser initial={newGameForm}>
        {(initial) => (
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
        )}
      </FormInBrowser>
    </>
  );
};
