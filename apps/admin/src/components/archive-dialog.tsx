'use client';

import { Alert, Button, Dialog } from '@fidele/ui';
import {
  type QueryKey,
  type UseMutationOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/react.tsx';

/** Archiving takes a reward, an offer or a segment out of use; restoring brings it back. */
export type ArchiveChange = { id: string; name: string; archive: boolean };

/**
 * Asks before archiving or restoring, saves with the record's own `setArchived`, then refreshes
 * what shows the record and its history. Its words are the namespace's `archiveDialog` or
 * `restoreDialog` (title, description, confirm), `dialogCancel` and `dialogFailed`.
 */
export const ArchiveDialog = <Input, Output, Failure, Context>({
  change,
  namespace,
  mutation,
  input,
  refresh,
  onClose,
  onDone,
}: {
  /** What to ask about; null when closed. */
  change: ArchiveChange | null;
  namespace: string;
  /** The record's `setArchived` procedure, and its input for a change. */
  mutation: UseMutationOptions<Output, Failure, Input, Context>;
  input: (change: ArchiveChange) => Input;
  /** The queries that show the record, refetched with its history once saved. */
  refresh: QueryKey;
  onClose: () => void;
  onDone: (change: ArchiveChange) => void;
}) => {
  const t = useTranslations(namespace);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setArchived = useMutation({
    ...mutation,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: refresh }),
        queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
      ]);
      // The dialog cannot close while saving: the change asked about is the one saved.
      if (change) onDone(change);
      setArchived.reset();
    },
  });
  const close = () => {
    if (setArchived.isPending) return;
    setArchived.reset();
    onClose();
  };
  const dialog = change?.archive === false ? 'restoreDialog' : 'archiveDialog';
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
            onClick={() => change && setArchived.mutate(input(change))}
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

/** Archives or restores from a record's status card (the dialog asks first): the namespace's words. */
export const ArchiveButton = ({
  namespace,
  archived,
  onClick,
}: {
  namespace: string;
  archived: boolean;
  onClick: () => void;
}) => {
  const t = useTranslations(namespace);
  return (
    <Button variant={archived ? 'secondary' : 'danger'} className="self-start" onClick={onClick}>
      {t(archived ? 'restore' : 'archive')}
    </Button>
  );
};
