'use client';

import { Alert, Button, Dialog, TextAreaField } from '@fidele/ui';
import { contestModerationInput } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { moderationFailure, type ModerationOutcome, useModeration } from './moderation.ts';

/** The entries asked about: one named by its entrant, or a selection; null when closed. */
export type EntriesToReject = { ids: string[]; who?: string } | null;

const REASON_ID = 'reject-reason';

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
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const reject = useModeration((outcome) => {
    // Still pending while this runs: closed without `close`, which waits for the save.
    done();
    onDone(outcome);
  });
  const done = () => {
    reject.reset();
    setReason('');
    setReasonMissing(false);
    onClose();
  };
  const close = () => {
    if (!reject.isPending) done();
  };
  const confirm = () => {
    if (!entries) return;
    const input = { contestId, entryIds: entries.ids, decision: 'REJECT' as const, reason };
    // The procedure's own schema says whether the reason will do, before anything is sent.
    const read = contestModerationInput.safeParse(input);
    if (read.error?.issues.some((issue) => issue.path[0] === 'reason')) {
      setReasonMissing(true);
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    reject.mutate(input);
  };
  const reasonRefused = reasonMissing || serverFieldErrors(reject.error).includes('reason');
  return (
    <Dialog
      open={entries !== null}
      onClose={close}
      role="alertdialog"
      title={
        entries?.who
          ? t('titleOne', { who: entries.who })
          : t('titleMany', { count: entries?.ids.length ?? 0 })
      }
      description={t('description')}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={reject.isPending}>
            {t('cancel')}
          </Button>
          <Button variant="danger" loading={reject.isPending} onClick={confirm}>
            {t('confirm', { count: entries?.ids.length ?? 0 })}
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
        {reject.error && !reasonRefused ? (
          <Alert tone="danger">{tFailure(moderationFailure(reject.error))}</Alert>
        ) : null}
      </div>
    </Dialog>
  );
};
