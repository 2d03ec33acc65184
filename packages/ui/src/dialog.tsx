'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';
import { classNames } from './class-names.ts';

export type DialogProps = {
  open: boolean;
  /** Called on Escape, on the backdrop and by the caller's own close buttons. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** The dialog's buttons, at the bottom right. */
  actions?: ReactNode;
  /** `alertdialog` for confirmations of destructive or irreversible actions. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  children?: ReactNode;
};

/**
 * A modal on the native `<dialog>`: the browser traps focus, restores it on close and makes the
 * rest of the page inert.
 */
export const Dialog = ({
  open,
  onClose,
  title,
  description,
  actions,
  role = 'dialog',
  className,
  children,
}: DialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={classNames(
        'm-auto w-[min(32rem,calc(100vw-2rem))] rounded-card bg-surface p-0 text-ink shadow-card backdrop:bg-ink/50',
        className,
      )}
    >
      {open ? (
        <div className="flex flex-col gap-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="text-sm text-ink-muted">
              {description}
            </p>
          ) : null}
          {children}
          {actions ? <div className="flex flex-wrap justify-end gap-2">{actions}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
};
