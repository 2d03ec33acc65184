import type { SelectHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';
import { Field, type FieldProps } from './field.tsx';

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> &
  Omit<FieldProps, 'hint'> & {
    options: readonly { value: string; label: string }[];
  };

/** A labelled native select, styled like TextField. */
export const SelectField = ({
  label,
  options,
  error,
  id,
  className,
  ...props
}: SelectFieldProps) => (
  <Field label={label} error={error} id={id} className={className}>
    {({ borderClassName, ...control }) => (
      <select
        {...control}
        className={classNames(
          'min-h-11 rounded-control border bg-surface px-3 text-base text-ink',
          borderClassName,
        )}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )}
  </Field>
);
