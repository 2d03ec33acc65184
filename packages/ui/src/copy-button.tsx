'use client';

import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from './button.tsx';

export type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  value: string;
  /** In the app's language: the button's text before and after copying. */
  labels: { copy: string; copied: string };
};

/** Copies `value` to the clipboard and says so for a moment (announced to screen readers). */
export const CopyButton = ({ value, labels, ...props }: CopyButtonProps) => {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      variant="secondary"
      {...props}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        } catch {
          // Clipboard access refused (e.g. an insecure origin): the value stays on screen to select.
        }
      }}
    >
      <span aria-live="polite">{copied ? labels.copied : labels.copy}</span>
    </Button>
  );
};
