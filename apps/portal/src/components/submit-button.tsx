'use client';

import { Button, type ButtonProps } from '@fidele/ui';
import { useFormStatus } from 'react-dom';

/** A form's submit button, busy while the form's action runs. */
export const SubmitButton = (props: Omit<ButtonProps, 'type' | 'loading'>) => {
  const { pending } = useFormStatus();
  return <Button type="submit" fullWidth size="lg" loading={pending} {...props} />;
};
