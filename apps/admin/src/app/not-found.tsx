import { buttonStyles, EmptyState } from '@fidele/ui';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

const NotFound = async () => {
  const t = await getTranslations('notFound');
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center px-4">
      <h1 className="sr-only">{t('title')}</h1>
      <EmptyState
        title={t('title')}
        description={t('description')}
        action={
          <Link href="/customers" className={buttonStyles({ variant: 'secondary' })}>
            {t('back')}
          </Link>
        }
      />
    </main>
  );
};

export default NotFound;
