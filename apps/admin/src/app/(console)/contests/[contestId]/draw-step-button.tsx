'use client';

import { Alert, Button, Dialog } from '@fidele/ui';
import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
import { drawRefusal } from './refusals.ts';
import { useContestRefresh } from './use-contest-refresh.ts';

/**
 * A step of the draw that cannot be undone (freezing the list, drawing the winners): the button
 * asks first, in a dialog that says what the step does, then runs it with the contest's
 * procedure and refreshes the contest. A refusal shows in the dialog, in words.
 */
export const DrawStepButton = <Output, Failure, Context>({
  contestId,
  label,
  title,
  description,
  confirm,
  mutation,
  disabled,
  onDone,
  children,
}: {
  contestId: string;
  label: string;
  title: string;
  description: string;
  confirm: string;
  /** The step's procedure (`freezeDraw`, `draw`). */
  mutation: UseMutationOptions<Output, Failure, { contestId: string }, Context>;
  disabled?: boolean;
  onDone: (output: Output) => void;
  /** What else the dialog says, e.g. what goes into the draw. */
  children?: ReactNode;
}) => {
  const t = useTranslations('contests.draw');
  const refresh = useContestRefresh();
  const [open, setOpen] = useState(false);
  const step = useMutation({
    ...mutation,
    onSuccess: async (output) => {
      await refresh();
      // The dialog cannot close while the step runs: it is the step asked about that ran.
      setOpen(false);
      step.reset();
      onDone(output);
    },
  });
  const close = () => {
    if (step.isPending) return;
    step.reset();
    setOpen(false);
  };
  const refusal = drawRefusal(step.error);
  return (
    <>
      <Button className="self-start" disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        role="alertdialog"
        title={title}
        description={description}
        actions={
          <>
            <Button variant="secondary" onClick={close} disabled={step.isPending}>
              {t('notYet')}
            </Button>
            <Button loading={step.isPending} onClick={() => step.mutate({ contestId })}>
              {confirm}
            </Button>
          </>
        }
      >
        {children}
        {refusal ? <Alert tone="danger">{t(refusal)}</Alert> : null}
      </Dialog>
    </>
  );
};
