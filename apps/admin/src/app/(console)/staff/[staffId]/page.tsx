import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { StaffEditor } from './staff-editor.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ staffId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('staff');
  return { title: t('title') };
};

/** One staff member, for the OWNER. */
const StaffMemberPage = async ({ params }: Props) => {
  const { staffId } = await params;
  if (!UUID.test(staffId)) notFound();
  const t = await getTranslations('staff');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'staff:manage')) return <Forbidden title={t('title')} />;
  return (
    <Suspense>
      <StaffEditor staffId={staffId} />
    </Suspense>
  );
};

export default StaffMemberPage;
