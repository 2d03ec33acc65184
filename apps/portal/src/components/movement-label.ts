'use client';

import { formatDateTime, useFormatSettings } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import { type HistoryMovement, movementWords } from './movement-words.ts';

export type { HistoryMovement } from './movement-words.ts';

/** What a movement was for, in the customer's words and language (see `movementWords`). */
export const useMovementLabel = () => {
  const t = useTranslations('movements');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  return (movement: HistoryMovement) => {
    const { key, ...values } = movementWords(movement, locale);
    const formatted = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        value instanceof Date
          ? formatDateTime(value, locale, name === 'earnedIn' ? 'monthYear' : 'dayMonth', timeZone)
          : value,
      ]),
    );
    return t(key, formatted);
  };
};
