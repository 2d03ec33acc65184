'use client';

import { useState } from 'react';
import type { TextInput } from '@/components/text-input.ts';

/** The fields typed as text, not the lists of ticked ids. */
type TextFieldOf<Values> = {
  [Field in keyof Values]: Values[Field] extends string ? Field : never;
}[keyof Values] &
  string;

/**
 * A form's values as typed and the fields in error, as the reward and offer forms keep them:
 * `set` changes one field and clears its error; `text` gives a text input its id, name, value,
 * change handler and error message.
 */
export const useFormFields = <Values extends Record<string, unknown>>(
  initial: Values,
  {
    id,
    error,
  }: {
    id: (field: keyof Values & string) => string;
    error: (field: keyof Values & string) => string;
  },
) => {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<(keyof Values & string)[]>([]);
  const set =
    <Field extends keyof Values & string>(field: Field) =>
    (value: Values[Field]) => {
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => current.filter((f) => f !== field));
    };
  const text = (field: TextFieldOf<Values>): TextInput => ({
    id: id(field),
    name: field,
    value: values[field] as string,
    onChange: (event) => set(field)(event.target.value as Values[typeof field]),
    error: errors.includes(field) ? error(field) : undefined,
  });
  return { values, setValues, errors, setErrors, set, text };
};
