import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { OfferEditor } from './offer-editor.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ offerId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('offers');
  return { title: t('title') };
};

/** One offer: editable by the roles that run the programme, readable by every role. */
const OfferPage = async ({ params }: Props) => {
  const { offerId } = await params;
  if (!UUID.test(offerId)) notFound();
  const t = await getTranslations('offers');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'rewards:read')) return <Forbidden title={t('title')} />;
  return (
    <Suspense>
      <OfferEditor offerId={offerId} />
    </Suspense>
  );
};

export default OfferPage;
