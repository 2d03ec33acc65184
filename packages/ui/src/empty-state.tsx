import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** The next step, e.g. a link to where the first item comes from. */
  action?: ReactNode;
  icon?: ReactNode;
  className?: string;
};

export const EmptyState = ({ title, description, action, icon, className }: EmptyStateProps) => (
  <div
    className={classNames(
      'flex flex-col items-center gap-2 rounded-card border border-dashed border-border-strong bg-surface-muted px-4 py-8 text-center',
      className,
    )}
  >
    {icon ? (
      <span aria-hidden="true" className="text-brand-700">
        {icon}
      </span>
    ) : null}
    <p className="text-base font-semibold text-ink">{title}</p>
    {description ? <p className="max-w-sm text-sm text-ink-muted">{description}</p> : null}
    {action ? <div className="mt-2">{action}</div> : null}
  </div>
);
