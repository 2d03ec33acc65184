import { Alert, Button, Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { confirmEmail } from '../../actions/confirm-email.ts';
import { PublicPage } from '../../components/public-page.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('confirmEmail'))('title'),
});

type ConfirmEmailPageProps = {
  searchParams: Promise<{ token?: string; done?: string; error?: string }>;
};

const ERRORS = ['invalid', 'taken', 'rateLimited'] as const;

/**
 * The link of the email sent to a new address support typed for her, signed in or not: opening
 * it changes nothing (mail scanners open links); the button makes it her address.
 */
const ConfirmEmailPage = async ({ searchParams }: ConfirmEmailPageProps) => {
  const t = await getTranslations('confirmEmail');
  const { token, done, error } = await searchParams;
  const refusal = ERRORS.find((each) => each === error) ?? (done || token ? undefined : 'invalid');
  return (
    <PublicPage>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card as="div" className="flex flex-col gap-4" data-testid="confirm-email">
        {done === '1' ? (
          <Alert tone="success" title={t('doneTitle')}>
            {t('doneBody')}
          </Alert>
        ) : refusal ? (
          <Alert tone="danger" title={t('refusedTitle')}>
            {t(`refused.${refusal}`)}
          </Alert>
        ) : (
          <form action={confirmEmail.bind(null, token!)} className="flex flex-col gap-4">
            <p>{t('question')}</p>
            <Button type="submit">{t('confirm')}</Button>
          </form>
        )}
        <Link href="/" className="text-sm font-semibold text-brand-800 underline">
          {t('home')}
        </Link>
      </Card>
    </PublicPage>
  );
};

export default ConfirmEmailPage;
