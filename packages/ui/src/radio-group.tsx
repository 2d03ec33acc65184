import { type ReactNode, useId } from 'react';
import { classNames } from './class-names.ts';

export type RadioGroupProps<Value extends string> = {
  /** The question the options answer; it names the group for assistive technology. */
  legend: ReactNode;
  name: string;
  value: Value;
  onChange: (value: Value) => void;
  options: readonly { value: Value; label: ReactNode; hint?: ReactNode }[];
  error?: ReactNode;
  /** Given to the first option, so an error summary can move focus to the group. */
  id?: string;
  className?: string;
};

/** A few exclusive choices shown at once, each a large target, with an inline error. */
export const RadioGroup = <Value extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  error,
  id,
  className,
}: RadioGroupProps<Value>) => {
  const generated = useId();
  const errorId = error ? `${id ?? generated}-error` : undefined;
  return (
    <fieldset
      aria-describedby={errorId}
      aria-invalid={error ? true : undefined}
      className={classNames('flex min-w-0 flex-col gap-1.5', className)}
    >
      <legend className="mb-1.5 text-sm font-medium text-ink">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option, index) => {
          const checked = option.value === value;
          return (
            <label
              key={option.value}
              className={classNames(
                'flex min-h-11 flex-1 basis-40 cursor-pointer items-start gap-2 rounded-control px-3 py-2.5 ring-1 ring-inset has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
                checked ? 'bg-brand-50 ring-2 ring-brand-600' : 'bg-surface ring-border-strong',
                Boolean(error) && !checked && 'ring-danger-700',
              )}
            >
              <input
                type="radio"
                id={index === 0 ? id : undefined}
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value)}
                className="mt-0.5 size-4 shrink-0 accent-brand-700 focus-visible:outline-none"
              />
              <span className="flex flex-col">
                <span className="text-sm font-semibold text-ink">{option.label}</span>
                {option.hint ? <span className="text-xs text-ink-muted">{option.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
