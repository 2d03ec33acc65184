import { Card, buttonStyles } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EnvelopePictogram } from '../../../../components/pictograms.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('checkEmail'))('title'),
});

type CheckEmailPageProps = {
  searchParams: Promise<{ email?: string | string[]; for?: string | string[] }>;
};

/** After a sign-up the email may be a link or a reminder: the page says the same either way. */
const bodyOf = (
  t: Awaited<ReturnType<typeof getTranslations<'checkEmail'>>>,
  email: string | undefined,
  after: string | string[] | undefined,
) => {
  if (after === 'sign-up') return email ? t('signUpBody', { email }) : t('signUpBodyNoEmail');
  return email ? t('body', { email }) : t('bodyNoEmail');
};

const CheckEmailPage = async ({ searchParams }: CheckEmailPageProps) => {
  const { email, for: after } = await searchParams;
  const t = await getTranslations('checkEmail');
  return (
    <Card as="div" className="flex flex-col gap-4 text-center">
      <span className="mx-auto grid size-14 place-items-center rounded-pill bg-brand-100 text-brand-800">
        <EnvelopePictogram />
      </span>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p role="status">{bodyOf(t, typeof email === 'string' ? email : undefined, after)}</p>
      <p className="text-sm text-ink-muted">{t('hint')}</p>
      <Link href="/sign-in" className={buttonStyles({ variant: 'secondary', fullWidth: true })}>
        {t('back')}
      </Link>
    </Card>
  );
};

export default CheckEmailPage;
