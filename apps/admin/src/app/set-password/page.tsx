import { createCallerFactory, staffRouter } from '@fidele/api';
import { getDb } from '@fidele/db';
import { buttonStyles, classNames } from '@fidele/ui';
import { passwordLinkInput } from '@fidele/validators';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PublicPage } from '@/components/public-page.tsx';
import { SetPasswordForm } from './set-password-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('passwords.set');
  return { title: t('title') };
};

const createCaller = createCallerFactory(staffRouter);

type SetPasswordPageProps = { searchParams: Promise<{ token?: string | string[] }> };

/** Opens an emailed invitation or reset link: the form while it works, else a way to a new one. */
const SetPasswordPage = async ({ searchParams }: SetPasswordPageProps) => {
  const t = await getTranslations('passwords.set');
  const parsed = passwordLinkInput.safeParse({ token: (await searchParams).token });
  const link = parsed.success
    ? await createCaller({ db: getDb(), response: {} }).passwords.checkLink(parsed.data)
    : null;
  if (!link || !parsed.success)
    return (
      <PublicPage title={t('invalidTitle')} subtitle={t('invalidBody')}>
        <Link
          href="/forgot-password"
          className={classNames(buttonStyles({ fullWidth: true }), 'mt-6')}
        >
          {t('askAgain')}
        </Link>
      </PublicPage>
    );
  const invitation = link.purpose === 'INVITATION';
  return (
    <PublicPage
      title={invitation ? t('welcomeTitle') : t('title')}
      subtitle={t(invitation ? 'welcomeIntro' : 'intro', { email: link.email })}
    >
      <SetPasswordForm
        token={parsed.data.token}
        submit={invitation ? t('welcomeSubmit') : t('submit')}
      />
    </PublicPage>
  );
};

export default SetPasswordPage;
