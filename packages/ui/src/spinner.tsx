import { classNames } from './class-names.ts';

export type SpinnerProps = { label?: string; className?: string };

/** An indeterminate progress indicator; `label` is read by screen readers. */
export const Spinner = ({ label, className }: SpinnerProps) => (
  <span role="status" className={classNames('inline-flex items-center', className)}>
    <svg className="size-5 animate-spin" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeOpacity="0.25" strokeWidth="4" />
      <path
        d="M22 12a10 10 0 0 0-10-10"
        stroke="currentColor"
        strokeWidth="4"
        strokeLinecap="round"
      />
    </svg>
    {label ? <span className="sr-only">{label}</span> : null}
  </span>
);
