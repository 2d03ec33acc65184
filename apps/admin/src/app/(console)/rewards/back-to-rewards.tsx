import Link from 'next/link';
import { useTranslations } from 'next-intl';

export const BackToRewards = () => {
  const t = useTranslations('rewardForm');
  return (
    <Link href="/rewards" className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );
};
