import { Fragment, type SelectHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';
import { Field, type FieldProps } from './field.tsx';

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> &
  Omit<FieldProps, 'hint'> & {
    /** Options with the same `group`, one after the other, show under its heading. */
    options: readonly { value: string; label: string; group?: string }[];
  };

type Option = SelectFieldProps['options'][number];

/** The options cut into runs of the same group (none: one run without a heading). */
const runsOf = (options: readonly Option[]) =>
  options.reduce<{ group?: string; options: Option[] }[]>((runs, option) => {
    const last = runs.at(-1);
    if (last && last.group === option.group) last.options.push(option);
    else runs.push({ group: option.group, options: [option] });
    return runs;
  }, []);

const optionsOf = (options: readonly Option[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));

/** A labelled native select, styled like TextField, its options grouped when they say so. */
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
        {runsOf(options).map((run, index) =>
          run.group ? (
            <optgroup key={run.group} label={run.group}>
              {optionsOf(run.options)}
            </optgroup>
          ) : (
            <Fragment key={index}>{optionsOf(run.options)}</Fragment>
          ),
        )}
      </select>
    )}
  </Field>
);
