import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { PublicPage } from '@/components/public-page.tsx';
import { SignInForm } from './sign-in-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('signIn');
  return { title: t('title') };
};

const SignInPage = async () => {
  if (await currentStaff()) redirect('/');
  const t = await getTranslations('signIn');
  return (
    <PublicPage title={t('title')} subtitle={t('subtitle')}>
      <SignInForm />
    </PublicPage>
  );
};

export default SignInPage;
