import { TextField, type TextFieldProps } from './text-field.tsx';

export type EmailFieldProps = Omit<TextFieldProps, 'type'>;

/**
 * A TextField for an email address, named `email`, required, with the email keyboard and autofill.
 * The label is the caller's; any attribute given overrides the preset.
 */
export const EmailField = (props: EmailFieldProps) => (
  <TextField name="email" type="email" autoComplete="email" inputMode="email" required {...props} />
);
