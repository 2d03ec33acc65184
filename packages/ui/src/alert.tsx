import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const tones: Record<AlertTone, string> = {
  info: 'bg-info-50 text-info-700 border-info-700/30',
  success: 'bg-success-50 text-success-700 border-success-700/30',
  warning: 'bg-warning-50 text-warning-800 border-warning-800/30',
  danger: 'bg-danger-50 text-danger-700 border-danger-700/30',
};

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
};

/** A message about the page; errors interrupt screen readers, the others wait their turn. */
export const Alert = ({ tone = 'info', title, children, action, className }: AlertProps) => (
  <div
    role={tone === 'danger' ? 'alert' : 'status'}
    className={classNames('rounded-control border px-4 py-3', tones[tone], className)}
  >
    {title ? <p className="font-semibold">{title}</p> : null}
    {children ? <div className="text-sm">{children}</div> : null}
    {action ? <div className="mt-2">{action}</div> : null}
  </div>
);
