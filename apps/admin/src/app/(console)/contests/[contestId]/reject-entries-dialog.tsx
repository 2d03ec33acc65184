'use client';

import { contestModerationInput } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { ReasonDialog } from '@/components/reason-dialog.tsx';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { moderationFailure, type ModerationOutcome, useModeration } from './moderation.ts';

/** The entries asked about: one named by its entrant, or a selection; null when closed. */
export type EntriesToReject = { ids: string[]; who?: string } | null;

/**
 * Asks why before rejecting entries (the entrant reads the reason in the portal), then rejects
 * them; an approved entry's points are taken back. The server's refusal shows.
 */
export const RejectEntriesDialog = ({
  contestId,
  entries,
  onClose,
  onDone,
}: {
  contestId: string;
  entries: EntriesToReject;
  onClose: () => void;
  onDone: (outcome: ModerationOutcome) => void;
}) => {
  const t = useTranslations('contests.entries.rejectDialog');
  const tFailure = useTranslations('contests.entries.failures');
  const reject = useModeration((outcome) => {
    close();
    onDone(outcome);
  });
  const close = () => {
    reject.reset();
    onClose();
  };
  const inputFor = (reason: string) => ({
    contestId,
    entryIds: entries?.ids ?? [],
    decision: 'REJECT' as const,
    reason,
  });
  const count = entries?.ids.length ?? 0;
  return (
    <ReasonDialog
      open={entries !== null}
      title={entries?.who ? t('titleOne', { who: entries.who }) : t('titleMany', { count })}
      description={t('description')}
      labels={{
        reason: t('reason'),
        hint: t('reasonHint'),
        error: t('reasonError'),
        cancel: t('cancel'),
        confirm: t('confirm', { count }),
      }}
      busy={reject.isPending}
      reasonRefused={serverFieldErrors(reject.error).includes('reason')}
      failure={reject.error ? tFailure(moderationFailure(reject.error)) : null}
      // The procedure's own schema says whether the reason will do, before anything is sent.
      accepts={(reason) =>
        !contestModerationInput
          .safeParse(inputFor(reason))
          .error?.issues.some((issue) => issue.path[0] === 'reason')
      }
      onConfirm={(reason) => entries && reject.mutate(inputFor(reason))}
      onClose={close}
    />
  );
};
