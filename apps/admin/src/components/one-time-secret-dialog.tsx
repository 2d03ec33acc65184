'use client';

import { Alert, Button, CopyButton, Dialog } from '@fidele/ui';
import { useId } from 'react';

export type OneTimeSecretMessages = {
  title: string;
  warningTitle: string;
  warning: string;
  label: string;
  copy: string;
  copied: string;
  done: string;
};

/** The one and only time a secret is shown: copy it now, it cannot be shown again. */
export const OneTimeSecretDialog = ({
  secret,
  messages,
  testId,
  onClose,
}: {
  secret: string | null;
  messages: OneTimeSecretMessages;
  testId: string;
  onClose: () => void;
}) => {
  const labelId = useId();
  return (
    <Dialog
      open={secret !== null}
      onClose={onClose}
      title={messages.title}
      actions={<Button onClick={onClose}>{messages.done}</Button>}
    >
      {secret ? (
        <div className="flex flex-col gap-4">
          <Alert tone="warning" title={messages.warningTitle}>
            {messages.warning}
          </Alert>
          <div className="flex flex-col gap-2">
            <p id={labelId} className="text-sm font-medium">
              {messages.label}
            </p>
            <output
              aria-labelledby={labelId}
              data-testid={testId}
              className="block rounded-control bg-surface-muted px-3 py-2 font-mono text-sm break-all select-all"
            >
              {secret}
            </output>
            <CopyButton
              value={secret}
              labels={{ copy: messages.copy, copied: messages.copied }}
              size="sm"
              className="self-start"
            />
          </div>
        </div>
      ) : null}
    </Dialog>
  );
};
