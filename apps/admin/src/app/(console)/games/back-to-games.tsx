import Link from 'next/link';
import { useTranslations } from 'next-intl';

export const BackToGames = () => {
  const t = useTranslations('games');
  return (
    <Link href="/games" className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );
};
