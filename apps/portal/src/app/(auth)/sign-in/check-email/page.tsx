import { Card, buttonStyles } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EnvelopePictogram } from '../../../../components/pictograms.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('checkEmail'))('title'),
});

type CheckEmailPageProps = { searchParams: Promise<{ email?: string | string[] }> };

const CheckEmailPage = async ({ searchParams }: CheckEmailPageProps) => {
  const { email } = await searchParams;
  const t = await getTranslations('checkEmail');
  return (
    <Card as="div" className="flex flex-col gap-4 text-center">
      <span className="mx-auto grid size-14 place-items-center rounded-pill bg-brand-100 text-brand-800">
        <EnvelopePictogram />
      </span>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p role="status">{typeof email === 'string' ? t('body', { email }) : t('bodyNoEmail')}</p>
      <p className="text-sm text-ink-muted">{t('hint')}</p>
      <Link href="/sign-in" className={buttonStyles({ variant: 'secondary', fullWidth: true })}>
        {t('back')}
      </Link>
    </Card>
  );
};

export default CheckEmailPage;
