'use client';

import { Button, TextField } from '@fidele/ui';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';

/** As stored: upper case, without the dashes and spaces people type or copy along. */
const normalize = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

/** Paste or type a code, open its page. */
export const CodeSearch = ({
  defaultValue = '',
  autoFocus,
}: {
  defaultValue?: string;
  autoFocus?: boolean;
}) => {
  const t = useTranslations('codes');
  const router = useRouter();
  const [empty, setEmpty] = useState(false);
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = normalize(String(new FormData(event.currentTarget).get('code') ?? ''));
    setEmpty(!code);
    if (code) router.push(`/codes/${encodeURIComponent(code)}`);
  };
  return (
    <form role="search" onSubmit={search} noValidate className="flex flex-wrap items-start gap-2">
      <TextField
        key={defaultValue}
        label={t('search')}
        name="code"
        defaultValue={defaultValue}
        placeholder={t('searchPlaceholder')}
        hint={t('searchHint')}
        error={empty ? t('searchEmpty') : undefined}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        autoFocus={autoFocus}
        maxLength={40}
        className="min-w-0 flex-1 basis-64 [&_input]:font-mono [&_input]:tracking-wider"
      />
      <Button type="submit" className="sm:mt-7">
        {t('searchSubmit')}
      </Button>
    </form>
  );
};
