import { type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { classNames } from './class-names.ts';

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  error?: ReactNode;
  id?: string;
};

/** A labelled native select, styled like TextField. */
export const SelectField = ({
  label,
  options,
  error,
  id,
  className,
  ...props
}: SelectFieldProps) => {
  const generated = useId();
  const selectId = id ?? generated;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className={classNames('flex flex-col gap-1.5', className)}>
      <label htmlFor={selectId} className="text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className={classNames(
          'min-h-11 rounded-control border bg-surface px-3 text-base text-ink',
          error ? 'border-danger-700' : 'border-border-strong',
        )}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
};
