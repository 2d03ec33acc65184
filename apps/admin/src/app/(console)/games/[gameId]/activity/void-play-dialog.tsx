'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { errorKey } from '@/components/query-error.tsx';
import { ReasonDialog } from '@/components/reason-dialog.tsx';
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
  const voidPlay = useMutation(
    trpc.gamePlays.void.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.gamePlays.pathKey() });
        close();
      },
    }),
  );
  const close = () => {
    voidPlay.reset();
    onClose();
  };
  const appCode = (voidPlay.error as { data?: { appCode?: string } } | null)?.data?.appCode;
  return (
    <ReasonDialog
      open={play !== null}
      title={t('title', { who: play?.who ?? '' })}
      description={t('description')}
      labels={{
        reason: t('reason'),
        hint: t('reasonHint'),
        error: t('reasonError'),
        cancel: t('cancel'),
        confirm: t('confirm'),
      }}
      busy={voidPlay.isPending}
      reasonRefused={serverFieldErrors(voidPlay.error).includes('reason')}
      failure={
        voidPlay.error
          ? appCode === 'game_play_voided'
            ? t('alreadyVoided')
            : errorKey(voidPlay.error) === 'forbidden'
              ? t('forbidden')
              : t('failed')
          : null
      }
      onConfirm={(reason) => play && voidPlay.mutate({ playId: play.id, reason })}
      onClose={close}
    />
  );
};
