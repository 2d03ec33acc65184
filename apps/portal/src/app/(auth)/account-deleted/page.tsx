import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('accountDeleted'))('title'),
});

/** Where she lands once her account is deleted, signed out. */
const AccountDeletedPage = async () => {
  const t = await getTranslations('accountDeleted');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-ink-muted">{t('body')}</p>
      <Link href="/sign-up" className="font-semibold text-brand-800 underline underline-offset-2">
        {t('again')}
      </Link>
    </div>
  );
};

export default AccountDeletedPage;
