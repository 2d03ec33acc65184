'use client';

import { Alert, Button, Dialog, TextAreaField } from '@fidele/ui';
import { type ReactNode, useId, useState } from 'react';

export type ReasonDialogProps = {
  open: boolean;
  title: ReactNode;
  description: ReactNode;
  labels: { reason: string; hint: string; error: string; cancel: string; confirm: string };
  /** The action is being saved: the dialog waits for it to close. */
  busy: boolean;
  /** The server refused the reason. */
  reasonRefused: boolean;
  /** Why the action failed otherwise, shown under the field. */
  failure?: ReactNode;
  /** Whether the reason will do, by the procedure's own schema; without it the server says. */
  accepts?: (reason: string) => boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/**
 * Asks why before an action that undoes something for a customer (a play voided, an entry
 * rejected, a winner disqualified): the reason is required and goes with the action. A new
 * opening starts with an empty reason.
 */
export const ReasonDialog = ({
  open,
  title,
  description,
  labels,
  busy,
  reasonRefused,
  failure,
  accepts,
  onConfirm,
  onClose,
}: ReasonDialogProps) => {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  // Reset while rendering an opening, rather than in an effect after it.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setReason('');
      setMissing(false);
    }
  }
  const close = () => {
    if (!busy) onClose();
  };
  const confirm = () => {
    if (accepts && !accepts(reason)) {
      setMissing(true);
      document.getElementById(reasonId)?.focus();
      return;
    }
    onConfirm(reason);
  };
  const refused = missing || reasonRefused;
  return (
    <Dialog
      open={open}
      onClose={close}
      role="alertdialog"
      title={title}
      description={description}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={busy}>
            {labels.cancel}
          </Button>
          <Button variant="danger" loading={busy} onClick={confirm}>
            {labels.confirm}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <TextAreaField
          label={labels.reason}
          id={reasonId}
          rows={3}
          maxLength={500}
          required
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          hint={labels.hint}
          error={refused ? labels.error : undefined}
        />
        {failure && !refused ? <Alert tone="danger">{failure}</Alert> : null}
      </div>
    </Dialog>
  );
};
