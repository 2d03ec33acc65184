import { buttonStyles, Card } from '@fidele/ui';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

/** Her rights over her data: everything the programme holds about her as one file, or erased. */
export const YourDataCard = async () => {
  const t = await getTranslations('profile.data');
  return (
    <Card as="section" className="flex flex-col gap-2" aria-labelledby="your-data">
      <h2 id="your-data" className="text-sm font-medium text-ink">
        {t('title')}
      </h2>
      <p className="text-sm text-ink-muted">{t('body')}</p>
      <a
        href="/profile/data"
        download
        className={`${buttonStyles({ variant: 'secondary' })} self-start`}
      >
        {t('download')}
      </a>
      <Link
        href="/profile/delete"
        className="self-start text-sm font-semibold text-danger-700 underline underline-offset-2"
      >
        {t('delete')}
      </Link>
    </Card>
  );
};
