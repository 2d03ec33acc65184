import { buttonStyles, NotFoundScreen } from '@fidele/ui';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

const NotFound = async () => {
  const t = await getTranslations('notFound');
  return (
    <NotFoundScreen
      title={t('title')}
      description={t('description')}
      action={
        <Link href="/customers" className={buttonStyles({ variant: 'secondary' })}>
          {t('back')}
        </Link>
      }
    />
  );
};

export default NotFound;
