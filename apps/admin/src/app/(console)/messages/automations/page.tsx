import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { BackLink } from '@/components/back-link.tsx';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { AutomationList } from './automation-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('automations');
  return { title: t('title') };
};

/** What the platform sends by itself: each automation, on or off, on which channels, and how it does. */
const AutomationsPage = async () => {
  const t = await getTranslations('automations');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'messages:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/messages" namespace="automations" />}
        title={t('title')}
        description={t('description')}
      />
      <AutomationList />
    </>
  );
};

export default AutomationsPage;
