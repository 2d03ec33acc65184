'use client';

import { TextAreaField, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { TextInput } from './text-input.ts';

type Language = 'En' | 'Fr';

/**
 * What members read of a reward, an offer or a game: its title and its text in English and French
 * side by side, and an optional picture (when the record has one). Each form keeps its own field names and words: a field is named
 * after its stem and language (`nameEn`, `textFr`), and so is its label in the form's namespace.
 */
export const BilingualTextFields = <Title extends string, Text extends string>({
  namespace,
  title,
  text,
  textMaxLength,
  input,
  imageInput,
}: {
  /** The form's messages: `english`, `french`, `imageUrl`, `imageUrlHint`, a label per field. */
  namespace: string;
  /** The stem of the title's fields (`name` for `nameEn` and `nameFr`). */
  title: Title;
  /** The stem of the text's fields; its hint is `${text}Hint`. */
  text: Text;
  textMaxLength: number;
  input: (field: `${Title | Text}${Language}`) => TextInput;
  /** The picture's address field; none for a record without a picture. */
  imageInput?: TextInput;
}) => {
  const t = useTranslations(namespace);
  // The keys are built from the stems, which the message types cannot follow: read as plain keys.
  const label = (key: string) => t(key);
  const language = (suffix: Language) => (
    <>
      <h3 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {t(suffix === 'En' ? 'english' : 'french')}
      </h3>
      <TextField
        label={label(`${title}${suffix}`)}
        maxLength={120}
        required
        {...input(`${title}${suffix}`)}
      />
      <TextAreaField
        label={label(`${text}${suffix}`)}
        rows={3}
        maxLength={textMaxLength}
        hint={label(`${text}Hint`)}
        {...input(`${text}${suffix}`)}
      />
    </>
  );
  return (
    <>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-4">{language('En')}</div>
        <div className="flex flex-col gap-4" lang="fr">
          {language('Fr')}
        </div>
      </div>
      {imageInput ? (
        <TextField
          label={t('imageUrl')}
          type="url"
          inputMode="url"
          maxLength={500}
          hint={t('imageUrlHint')}
          className="mt-4"
          {...imageInput}
        />
      ) : null}
    </>
  );
};
