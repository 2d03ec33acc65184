import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type BadgeTone = 'brand' | 'neutral' | 'success' | 'warning' | 'danger' | 'info';

const tones: Record<BadgeTone, string> = {
  brand: 'bg-brand-100 text-brand-900',
  neutral: 'bg-surface-muted text-ink-muted ring-1 ring-inset ring-border',
  success: 'bg-success-50 text-success-700',
  warning: 'bg-warning-50 text-warning-800',
  danger: 'bg-danger-50 text-danger-700',
  info: 'bg-info-50 text-info-700',
};

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & {
  tone?: BadgeTone;
  children: ReactNode;
};

export const Badge = ({ tone = 'neutral', className, children, ...props }: BadgeProps) => (
  <span
    {...props}
    className={classNames(
      'inline-flex items-center gap-1 rounded-pill px-2.5 py-0.5 text-sm font-semibold',
      tones[tone],
      className,
    )}
  >
    {children}
  </span>
);
