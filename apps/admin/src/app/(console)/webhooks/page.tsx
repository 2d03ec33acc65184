import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { EndpointList } from './endpoint-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('outboundWebhooks');
  return { title: t('title') };
};

const WebhooksPage = async () => {
  const t = await getTranslations('outboundWebhooks');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'webhooks:manage')) return <Forbidden title={t('title')} />;
  return <EndpointList />;
};

export default WebhooksPage;
