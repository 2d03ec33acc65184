'use client';

import { Alert, Button, Dialog, TextAreaField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { errorKey } from '@/components/query-error.tsx';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';

/** The play asked about; null when closed. */
export type PlayToVoid = { id: string; who: string } | null;

/**
 * Asks why before voiding a play (the reason goes to the audit log), then refreshes the game's
 * activity: its points are taken back and its unused code cancelled. The server's refusal shows.
 */
export const VoidPlayDialog = ({ play, onClose }: { play: PlayToVoid; onClose: () => void }) => {
  const t = useTranslations('gameActivity.voidDialog');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const voidPlay = useMutation(
    trpc.gamePlays.void.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.gamePlays.pathKey() });
        // Still pending while this runs: closed without `close`, which waits for the save.
        done();
      },
    }),
  );
  const done = () => {
    voidPlay.reset();
    setReason('');
    onClose();
  };
  const close = () => {
    if (!voidPlay.isPending) done();
  };
  const appCode = (voidPlay.error as { data?: { appCode?: string } } | null)?.data?.appCode;
  const reasonRefused = serverFieldErrors(voidPlay.error).includes('reason');
  return (
    <Dialog
      open={play !== null}
      onClose={close}
      role="alertdialog"
      title={t('title', { who: play?.who ?? '' })}
      description={t('description')}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={voidPlay.isPending}>
            {t('cancel')}
          </Button>
          <Button
            variant="danger"
            loading={voidPlay.isPending}
            onClick={() => play && voidPlay.mutate({ playId: play.id, reason })}
          >
            {t('confirm')}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <TextAreaField
          label={t('reason')}
          id="void-reason"
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint={t('reasonHint')}
          error={reasonRefused ? t('reasonError') : undefined}
        />
        {voidPlay.error && !reasonRefused ? (
          <Alert tone="danger">
            {appCode === 'game_play_voided'
              ? t('alreadyVoided')
              : errorKey(voidPlay.error) === 'forbidden'
                ? t('forbidden')
                : t('failed')}
          </Alert>
        ) : null}
      </div>
    </Dialog>
  );
};
