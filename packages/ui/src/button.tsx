import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names.ts';
import { Spinner } from './spinner.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-on-brand hover:bg-brand-800 disabled:bg-brand-700/60',
  secondary:
    'bg-surface text-brand-800 ring-1 ring-inset ring-border-strong hover:bg-brand-50 disabled:text-ink-muted',
  ghost: 'bg-transparent text-brand-800 hover:bg-brand-50 disabled:text-ink-muted',
  danger: 'bg-danger-700 text-white hover:bg-danger-700/90 disabled:bg-danger-700/60',
};

const sizes: Record<ButtonSize, string> = {
  sm: 'min-h-9 px-3 text-sm',
  md: 'min-h-11 px-4 text-base',
  lg: 'min-h-12 px-6 text-lg',
};

/** Button looks for other elements that act as buttons (e.g. a Next.js `Link`). */
export const buttonStyles = ({
  variant = 'primary',
  size = 'md',
  fullWidth = false,
}: { variant?: ButtonVariant; size?: ButtonSize; fullWidth?: boolean } = {}): string =>
  classNames(
    'inline-flex items-center justify-center gap-2 rounded-control font-semibold transition-colors',
    'disabled:cursor-not-allowed',
    variants[variant],
    sizes[size],
    fullWidth && 'w-full',
  );

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  /** Shows a spinner and disables the button while an action runs. */
  loading?: boolean;
  children: ReactNode;
};

export const Button = ({
  variant,
  size,
  fullWidth,
  loading = false,
  disabled,
  className,
  type = 'button',
  children,
  ...props
}: ButtonProps) => (
  <button
    type={type}
    disabled={disabled || loading}
    aria-busy={loading || undefined}
    className={classNames(buttonStyles({ variant, size, fullWidth }), className)}
    {...props}
  >
    {loading ? <Spinner /> : null}
    {children}
  </button>
);
