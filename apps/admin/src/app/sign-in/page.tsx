import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { LanguageSwitch } from '@/components/language-switch.tsx';
import { SignInForm } from './sign-in-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('signIn');
  return { title: t('title') };
};

const SignInPage = async () => {
  if (await currentStaff()) redirect('/customers');
  const t = await getTranslations('signIn');
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="w-full max-w-sm rounded-card bg-surface p-6 shadow-card sm:p-8">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Fidèle</p>
        <h1 className="mt-1 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-sm text-ink-muted">{t('subtitle')}</p>
        <SignInForm />
      </div>
      <LanguageSwitch />
    </main>
  );
};

export default SignInPage;
