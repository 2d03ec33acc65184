'use client';

import { CopyButton } from '@fidele/ui';

export type CodeTextProps = {
  /** The stored code: what is copied, for the e-shop's code field. */
  code: string;
  /** The code in groups of four, easier to read and type. */
  formatted: string;
  label: string;
  copyLabels: { copy: string; copied: string };
};

/** A discount code as large text with a button that copies it. */
export const CodeText = ({ code, formatted, label, copyLabels }: CodeTextProps) => (
  <div className="flex flex-wrap items-center justify-between gap-3 rounded-control bg-brand-50 px-4 py-3">
    <div className="min-w-0">
      <p className="text-xs font-medium text-ink-muted">{label}</p>
      <p
        data-testid="code-text"
        className="font-mono text-xl font-bold tracking-wider break-all text-brand-900 select-all sm:text-2xl"
      >
        {formatted}
      </p>
    </div>
    <CopyButton value={code} labels={copyLabels} size="sm" />
  </div>
);
