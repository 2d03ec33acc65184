import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { EndpointEditor } from './endpoint-editor.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ endpointId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('outboundWebhooks');
  return { title: t('title') };
};

/** One endpoint: its settings, its secret's rotation, a test event, and its deliveries. */
const EndpointPage = async ({ params }: Props) => {
  const { endpointId } = await params;
  if (!UUID.test(endpointId)) notFound();
  const t = await getTranslations('outboundWebhooks');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'webhooks:manage')) return <Forbidden title={t('title')} />;
  return <EndpointEditor endpointId={endpointId} />;
};

export default EndpointPage;
