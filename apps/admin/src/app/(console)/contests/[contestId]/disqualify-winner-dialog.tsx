'use client';

import { Alert, Button, Dialog, TextAreaField } from '@fidele/ui';
import { contestDisqualifyInput } from '@fidele/validators';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { drawRefusal } from './refusals.ts';
import { useContestRefresh } from './use-contest-refresh.ts';

/** The winner asked about, named by her entrant; null when closed. */
export type WinnerToDisqualify = { id: string; who: string } | null;

/** Who was disqualified, and whether someone was left on the list to win in her place. */
export type Disqualified = { who: string; replaced: boolean };

const REASON_ID = 'disqualify-reason';

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
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const disqualify = useMutation(
    trpc.contests.disqualifyWinner.mutationOptions({
      onSuccess: async ({ replacedBy }) => {
        await refresh();
        // Still pending while this runs: closed without `close`, which waits for the save.
        done();
        if (winner) onDone({ who: winner.who, replaced: replacedBy !== null });
      },
    }),
  );
  const done = () => {
    disqualify.reset();
    setReason('');
    setReasonMissing(false);
    onClose();
  };
  const close = () => {
    if (!disqualify.isPending) done();
  };
  const confirm = () => {
    if (!winner) return;
    const input = { contestId, winnerId: winner.id, reason };
    // The procedure's own schema says whether the reason will do, before anything is sent.
    if (!contestDisqualifyInput.safeParse(input).success) {
      setReasonMissing(true);
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    disqualify.mutate(input);
  };
  const reasonRefused = reasonMissing || serverFieldErrors(disqualify.error).includes('reason');
  const refusal = drawRefusal(disqualify.error);
  return (
    <Dialog
      open={winner !== null}
      onClose={close}
      role="alertdialog"
      title={t('title', { who: winner?.who ?? '' })}
      description={t('description')}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={disqualify.isPending}>
            {t('cancel')}
          </Button>
          <Button variant="danger" loading={disqualify.isPending} onClick={confirm}>
            {t('confirm')}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <TextAreaField
          label={t('reason')}
          id={REASON_ID}
          rows={3}
          maxLength={500}
          required
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonMissing(false);
          }}
          hint={t('reasonHint')}
          error={reasonRefused ? t('reasonError') : undefined}
        />
        {refusal && !reasonRefused ? <Alert tone="danger">{tDraw(refusal)}</Alert> : null}
      </div>
    </Dialog>
  );
};
