'use client';

import { describeDiscount, type DiscountTermsView, useFormatSettings } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** Discounts in the back office's words: "15 % off, up to 30 €" and "from a 40 € basket". */
export const useDiscountWords = () => {
  const t = useTranslations('discount');
  const { locale } = useFormatSettings();
  return (terms: DiscountTermsView) =>
    describeDiscount(terms, locale, (key, values) => t(key, values));
};
