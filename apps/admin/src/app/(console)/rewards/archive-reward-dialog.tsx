'use client';

import { Alert, Button, Dialog } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/react.tsx';

/** Archiving hides a reward from members; restoring brings it back. */
export type ArchiveChange = { id: string; name: string; archive: boolean };

/** Asks before archiving or restoring, then refreshes the catalog and the reward's history. */
export const ArchiveRewardDialog = ({
  change,
  onClose,
  onDone,
}: {
  change: ArchiveChange | null;
  onClose: () => void;
  onDone: (change: ArchiveChange) => void;
}) => {
  const t = useTranslations('rewards');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setArchived = useMutation(
    trpc.rewards.setArchived.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.rewards.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
        if (change) onDone(change);
        setArchived.reset();
      },
    }),
  );
  const close = () => {
    if (setArchived.isPending) return;
    setArchived.reset();
    onClose();
  };
  const dialog = change?.archive ? 'archiveDialog' : 'restoreDialog';
  return (
    <Dialog
      open={change !== null}
      onClose={close}
      role="alertdialog"
      title={t(`${dialog}.title`, { name: change?.name ?? '' })}
      description={t(`${dialog}.description`)}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={setArchived.isPending}>
            {t('dialogCancel')}
          </Button>
          <Button
            variant={change?.archive ? 'danger' : 'primary'}
            loading={setArchived.isPending}
            onClick={() =>
              change && setArchived.mutate({ id: change.id, archived: change.archive })
            }
          >
            {t(`${dialog}.confirm`)}
          </Button>
        </>
      }
    >
      {setArchived.error ? <Alert tone="danger">{t('dialogFailed')}</Alert> : null}
    </Dialog>
  );
};
