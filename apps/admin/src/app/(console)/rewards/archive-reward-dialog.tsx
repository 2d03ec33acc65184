'use client';

import { type ArchiveChange, ArchiveDialog } from '@/components/archive-dialog.tsx';
import { useTRPC } from '@/trpc/react.tsx';

/** Asks before archiving or restoring a reward, then refreshes the catalog and its history. */
export const ArchiveRewardDialog = ({
  change,
  onClose,
  onDone,
}: {
  change: ArchiveChange | null;
  onClose: () => void;
  onDone: (change: ArchiveChange) => void;
}) => {
  const trpc = useTRPC();
  return (
    <ArchiveDialog
      change={change}
      namespace="rewards"
      mutation={trpc.rewards.setArchived.mutationOptions()}
      input={({ id, archive }) => ({ id, archived: archive })}
      refresh={trpc.rewards.list.pathKey()}
      onClose={onClose}
      onDone={onDone}
    />
  );
};
