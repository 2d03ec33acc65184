'use client';

import type { ReactNode } from 'react';
import { type DiscountFormValues, previewTerms } from '@/lib/discount-form-values.ts';
import { useDiscountWords } from './discount-words.ts';

/**
 * A reward or an offer as members will read it, from what is typed so far: its title and what it
 * takes off (or that the discount is not complete yet), then what the form adds of its own.
 */
export const MemberPreviewBox = ({
  values,
  title,
  untitled,
  incomplete,
  testId,
  children,
}: {
  values: DiscountFormValues;
  /** The title in the reader's language, trimmed; empty until typed. */
  title: string;
  untitled: string;
  incomplete: string;
  testId?: string;
  children: ReactNode;
}) => {
  const discountWords = useDiscountWords();
  const terms = previewTerms(values);
  const words = terms && discountWords(terms);
  return (
    <div
      aria-live="polite"
      data-testid={testId}
      className="rounded-card bg-brand-50 p-4 ring-1 ring-brand-200 ring-inset"
    >
      <p className="font-semibold text-ink">{title || untitled}</p>
      {words ? (
        <p className="mt-1 text-2xl font-bold text-brand-800">{words.what}</p>
      ) : (
        <p className="mt-1 text-sm text-ink-muted">{incomplete}</p>
      )}
      {words?.minBasket ? <p className="text-sm text-ink">{words.minBasket}</p> : null}
      {children}
    </div>
  );
};
