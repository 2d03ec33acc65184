import { consentText } from '@fidele/core/customers';
import { Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { invitedCode } from '../../../components/referral-view.ts';
import { SignUpForm } from '../../../components/sign-up-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('signUp'))('title'),
});

type SignUpPageProps = {
  searchParams: Promise<{ c?: string | string[]; r?: string | string[] }>;
};

/**
 * `?c=<slug>`: she came through a contest's link, and her sign-up is counted for it. `?r=<code>`:
 * through a member's referral link, whose code the form sends.
 */
const SignUpPage = async ({ searchParams }: SignUpPageProps) => {
  const t = await getTranslations('signUp');
  const { c, r } = await searchParams;
  const contest = typeof c === 'string' && /^[a-z0-9-]{3,48}$/.test(c) ? c : undefined;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <Card as="div">
        <SignUpForm
          emailConsentWords={consentText('email', await getLocale())}
          contest={contest}
          invited={invitedCode(r)}
        />
      </Card>
      <p className="text-center text-sm text-ink-muted">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="font-semibold text-brand-800 underline underline-offset-2">
          {t('signInLink')}
        </Link>
      </p>
    </div>
  );
};

export default SignUpPage;
