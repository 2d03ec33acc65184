import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { RetentionForm } from './retention-form.tsx';
import { SettingsForm } from './settings-form.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('settings');
  return { title: t('title') };
};

const SettingsPage = async () => {
  const t = await getTranslations('settings');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-col gap-6">
        <SettingsForm />
        <RetentionForm />
      </div>
    </>
  );
};

export default SettingsPage;
