import { buttonStyles, NotFoundScreen } from '@fidele/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The tab says it too, in the reader's language (the layout adds the app's name). */
export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('notFound'))('title'),
});

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
