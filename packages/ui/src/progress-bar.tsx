import { classNames } from './class-names.ts';

export type ProgressBarProps = {
  value: number;
  max: number;
  /** Accessible name, e.g. "Progress towards 5 € off". */
  label: string;
  /** Read out instead of the bare numbers, e.g. "80 of 100 points". */
  valueText?: string;
  className?: string;
};

/** A thin bar that fills up to `value` out of `max` (clamped, so a surplus shows as full). */
export const ProgressBar = ({ value, max, label, valueText, className }: ProgressBarProps) => {
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max > 0 ? (clamped / max) * 100 : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
      className={classNames('h-2 w-full overflow-hidden rounded-pill bg-brand-100', className)}
    >
      <div className="h-full rounded-pill bg-brand-600" style={{ width: `${percent}%` }} />
    </div>
  );
};
