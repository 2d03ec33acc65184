import Link from 'next/link';
import { useTranslations } from 'next-intl';

export const BackToSegments = () => {
  const t = useTranslations('segments');
  return (
    <Link href="/segments" className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );
};
