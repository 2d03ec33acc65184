'use client';

import { contestDisqualifyInput } from '@fidele/validators';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { ReasonDialog } from '@/components/reason-dialog.tsx';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { drawRefusal } from './refusals.ts';
import { useContestRefresh } from './use-contest-refresh.ts';

/** The winner asked about, named by her entrant; null when closed. */
export type WinnerToDisqualify = { id: string; who: string } | null;

/** Who was disqualified, and whether someone was left on the list to win in her place. */
export type Disqualified = { who: string; replaced: boolean };

/**
 * Asks why before disqualifying a winner (the reason goes to the contest's history), then
 * disqualifies her: her prize is taken back and the next person drawn wins in her place.
 */
export const DisqualifyWinnerDialog = ({
  contestId,
  winner,
  onClose,
  onDone,
}: {
  contestId: string;
  winner: WinnerToDisqualify;
  onClose: () => void;
  onDone: (outcome: Disqualified) => void;
}) => {
  const t = useTranslations('contests.draw.disqualifyDialog');
  const tDraw = useTranslations('contests.draw');
  const trpc = useTRPC();
  const refresh = useContestRefresh();
  const disqualify = useMutation(
    trpc.contests.disqualifyWinner.mutationOptions({
      onSuccess: async ({ replacedBy }) => {
        await refresh();
        close();
        if (winner) onDone({ who: winner.who, replaced: replacedBy !== null });
      },
    }),
  );
  const close = () => {
    disqualify.reset();
    onClose();
  };
  const inputFor = (reason: string) => ({ contestId, winnerId: winner?.id ?? '', reason });
  const refusal = drawRefusal(disqualify.error);
  return (
    <ReasonDialog
      open={winner !== null}
      title={t('title', { who: winner?.who ?? '' })}
      description={t('description')}
      labels={{
        reason: t('reason'),
        hint: t('reasonHint'),
        error: t('reasonError'),
        cancel: t('cancel'),
        confirm: t('confirm'),
      }}
      busy={disqualify.isPending}
      reasonRefused={serverFieldErrors(disqualify.error).includes('reason')}
      failure={refusal ? tDraw(refusal) : null}
      // The procedure's own schema says whether the reason will do, before anything is sent.
      accepts={(reason) => contestDisqualifyInput.safeParse(inputFor(reason)).success}
      onConfirm={(reason) => winner && disqualify.mutate(inputFor(reason))}
      onClose={close}
    />
  );
};
