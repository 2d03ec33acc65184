import { buttonStyles, Card } from '@fidele/ui';
import { getTranslations } from 'next-intl/server';

/** Her right of access: everything the programme holds about her, as one file. */
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
    </Card>
  );
};
