import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('account');
  return { title: t('title') };
};

/** The signed-in member's own account: every role may change their password. */
const AccountPage = async () => {
  const t = await getTranslations('account');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ChangePasswordForm />
    </>
  );
};

export default AccountPage;
