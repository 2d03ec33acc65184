import { passwordLinkInput } from '@fidele/validators';
import { Alert, buttonStyles, Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { SetPasswordForm } from '../../../components/set-password-form.tsx';
import { serverCaller } from '../../../server-caller.ts';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('passwords.set'))('title'),
});

type SetPasswordPageProps = { searchParams: Promise<{ token?: string | string[] }> };

/** Opens an emailed "forgot password" link: the form while it works, else a way to a new one. */
const SetPasswordPage = async ({ searchParams }: SetPasswordPageProps) => {
  const t = await getTranslations('passwords.set');
  const parsed = passwordLinkInput.safeParse({ token: (await searchParams).token });
  const link = parsed.success
    ? await (await serverCaller()).passwords.checkLink(parsed.data)
    : null;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {link ? <p className="mt-1 text-ink-muted">{t('intro', { email: link.email })}</p> : null}
      </div>
      <Card as="div" className="flex flex-col gap-4">
        {link && parsed.success ? (
          <SetPasswordForm token={parsed.data.token} />
        ) : (
          <>
            <Alert tone="danger" title={t('invalidTitle')}>
              {t('invalidBody')}
            </Alert>
            <Link href="/forgot-password" className={buttonStyles({ fullWidth: true })}>
              {t('askAgain')}
            </Link>
          </>
        )}
      </Card>
    </div>
  );
};

export default SetPasswordPage;
