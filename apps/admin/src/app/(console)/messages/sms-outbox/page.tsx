import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { BackLink } from '@/components/back-link.tsx';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { SmsOutboxList } from './sms-outbox-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('smsOutbox');
  return { title: t('title') };
};

/** The SMS the development provider kept instead of sending them. */
const SmsOutboxPage = async () => {
  const t = await getTranslations('smsOutbox');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'messages:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/messages" namespace="smsOutbox" />}
        title={t('title')}
        description={t('description')}
      />
      <SmsOutboxList />
    </>
  );
};

export default SmsOutboxPage;
