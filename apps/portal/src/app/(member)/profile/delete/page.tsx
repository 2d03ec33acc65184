import { Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EraseAccountForm } from '../../../../components/erase-account-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('profile.erase'))('title'),
});

/** What deleting her account does, before she confirms it. */
const DeleteAccountPage = async () => {
  const t = await getTranslations('profile.erase');
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <Card as="section" className="flex flex-col gap-4">
        <ul className="list-disc space-y-2 pl-5 text-sm text-ink">
          <li>{t('gone')}</li>
          <li>{t('points')}</li>
          <li>{t('kept')}</li>
          <li>{t('export')}</li>
        </ul>
        <EraseAccountForm />
        <Link
          href="/profile"
          className="text-center text-sm font-semibold text-brand-800 underline"
        >
          {t('cancel')}
        </Link>
      </Card>
    </div>
  );
};

export default DeleteAccountPage;
