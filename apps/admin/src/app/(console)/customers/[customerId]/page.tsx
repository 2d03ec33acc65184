import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CustomerDetail } from './customer-detail.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ customerId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('customer');
  return { title: t('title') };
};

const CustomerPage = async ({ params }: Props) => {
  const { customerId } = await params;
  if (!UUID.test(customerId)) notFound();
  return <CustomerDetail customerId={customerId} />;
};

export default CustomerPage;
