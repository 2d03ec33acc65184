import { type ReactNode, useId } from 'react';
import { classNames } from './class-names.ts';

export type FieldProps = {
  label: ReactNode;
  /** Shown under the control and announced with it; marks the control invalid. */
  error?: ReactNode;
  hint?: ReactNode;
  id?: string;
  className?: string;
};

/** What a form control needs from its field: its id, its description and its border. */
export type FieldControl = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  borderClassName: string;
};

/**
 * A label, a control, its hint and its inline error, tied together for assistive technology.
 * TextField, TextAreaField and SelectField are this with their own control.
 */
export const Field = ({
  label,
  error,
  hint,
  id,
  className,
  children,
}: FieldProps & { children: (control: FieldControl) => ReactNode }) => {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return (
    <div className={classNames('flex flex-col gap-1.5', className)}>
      <label htmlFor={controlId} className="text-sm font-medium text-ink">
        {label}
      </label>
      {children({
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        borderClassName: error ? 'border-danger-700' : 'border-border-strong',
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
};
