import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PublicPage } from '@/components/public-page.tsx';
import { ForgotPasswordForm } from './forgot-password-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('passwords.forgot');
  return { title: t('title') };
};

const ForgotPasswordPage = async () => {
  const t = await getTranslations('passwords.forgot');
  return (
    <PublicPage title={t('title')} subtitle={t('intro')}>
      <ForgotPasswordForm />
      <p className="mt-4 text-center text-sm">
        <Link href="/sign-in" className="font-semibold text-brand-800 underline underline-offset-2">
          {t('back')}
        </Link>
      </p>
    </PublicPage>
  );
};

export default ForgotPasswordPage;
