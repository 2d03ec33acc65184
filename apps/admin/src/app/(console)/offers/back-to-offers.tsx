import Link from 'next/link';
import { useTranslations } from 'next-intl';

export const BackToOffers = () => {
  const t = useTranslations('offers');
  return (
    <Link href="/offers" className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );
};
