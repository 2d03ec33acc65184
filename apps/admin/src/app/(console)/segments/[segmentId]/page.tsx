import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { SegmentEditor } from './segment-editor.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ segmentId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('segments');
  return { title: t('title') };
};

/** One segment: editable by the roles that run the programme, readable by those who read customers. */
const SegmentPage = async ({ params }: Props) => {
  const { segmentId } = await params;
  if (!UUID.test(segmentId)) notFound();
  const t = await getTranslations('segments');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'customers:read')) return <Forbidden title={t('title')} />;
  return (
    <Suspense>
      <SegmentEditor segmentId={segmentId} />
    </Suspense>
  );
};

export default SegmentPage;
