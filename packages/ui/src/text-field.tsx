import type { InputHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';
import { Field, type FieldProps } from './field.tsx';

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & FieldProps;

/** A labelled input with its hint and inline error. */
export const TextField = ({ label, error, hint, id, className, ...props }: TextFieldProps) => (
  <Field label={label} error={error} hint={hint} id={id} className={className}>
    {({ borderClassName, ...control }) => (
      <input
        {...control}
        className={classNames(
          'min-h-11 rounded-control border bg-surface px-3 text-base text-ink placeholder:text-ink-muted',
          borderClassName,
        )}
        {...props}
      />
    )}
  </Field>
);
