import { Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { SignInMethods } from '../../../components/sign-in-methods.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('signIn'))('title'),
});

type SignInPageProps = {
  searchParams: Promise<{ error?: string | string[]; code?: string | string[] }>;
};

const SignInPage = async ({ searchParams }: SignInPageProps) => {
  const { error, code } = await searchParams;
  const t = await getTranslations('signIn');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <Card as="div">
        <SignInMethods
          errorType={typeof error === 'string' ? error : undefined}
          code={typeof code === 'string' ? code : undefined}
        />
      </Card>
      <p className="text-center text-sm text-ink-muted">
        {t('noAccount')}{' '}
        <Link href="/sign-up" className="font-semibold text-brand-800 underline underline-offset-2">
          {t('signUpLink')}
        </Link>
      </p>
    </div>
  );
};

export default SignInPage;
