import type { TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';
import { Field, type FieldProps } from './field.tsx';

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> &
  FieldProps;

/** A labelled multi-line input with its hint and inline error, like TextField. */
export const TextAreaField = ({
  label,
  error,
  hint,
  id,
  className,
  ...props
}: TextAreaFieldProps) => (
  <Field label={label} error={error} hint={hint} id={id} className={className}>
    {({ borderClassName, ...control }) => (
      <textarea
        {...control}
        className={classNames(
          'min-h-20 rounded-control border bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted',
          borderClassName,
        )}
        {...props}
      />
    )}
  </Field>
);
