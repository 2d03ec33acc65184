import { PASSWORD_MIN_LENGTH } from '@fidele/validators/password-length';
import { TextField, type TextFieldProps } from './text-field.tsx';

/**
 * The field where a person chooses a password: the browser offers to generate one and checks the
 * same minimum length as the schema; `hint` receives that length to say it.
 */
export const NewPasswordField = ({
  hint,
  ...props
}: Omit<TextFieldProps, 'type' | 'autoComplete' | 'minLength' | 'hint'> & {
  hint: (minLength: number) => string;
}) => (
  <TextField
    type="password"
    autoComplete="new-password"
    required
    minLength={PASSWORD_MIN_LENGTH}
    hint={hint(PASSWORD_MIN_LENGTH)}
    {...props}
  />
);
