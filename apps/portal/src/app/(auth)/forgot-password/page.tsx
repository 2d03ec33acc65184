import { Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ForgotPasswordForm } from '../../../components/forgot-password-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('passwords.forgot'))('title'),
});

const ForgotPasswordPage = async () => {
  const t = await getTranslations('passwords.forgot');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <Card as="div">
        <ForgotPasswordForm />
      </Card>
      <p className="text-center text-sm">
        <Link href="/sign-in" className="font-semibold text-brand-800 underline underline-offset-2">
          {t('back')}
        </Link>
      </p>
    </div>
  );
};

export default ForgotPasswordPage;
