'use client';

import { type FormEvent, useState } from 'react';
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
  /**
   * The form's submit: reads the values with the form's own reader; when it finds errors, marks
   * them and takes the focus to the first (or to the field `focusOf` shows it on), else saves
   * what it read. A read-only form submits nothing.
   */
  const submitWith =
    <Input>(
      read: (values: Values) => { input: Input } | { errors: (keyof Values & string)[] },
      save: (input: Input) => void,
      options: { readOnly?: boolean; focusOf?: (field: keyof Values & string) => string } = {},
    ) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (options.readOnly) return;
      const reading = read(values);
      if ('errors' in reading) {
        setErrors(reading.errors);
        const first = reading.errors[0];
        if (first) document.getElementById(id(options.focusOf?.(first) ?? first))?.focus();
        return;
      }
      setErrors([]);
      save(reading.input);
    };
  return { values, setValues, errors, setErrors, set, text, submitWith };
};
