import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { InviteStaffDialog } from './invite-staff-dialog.tsx';
import { StaffList } from './staff-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('staff');
  return { title: t('title') };
};

/** The OWNER's list of staff, with the invitation of a new member. */
const StaffPage = async () => {
  const t = await getTranslations('staff');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'staff:manage')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<InviteStaffDialog />}
      />
      <StaffList />
    </>
  );
};

export default StaffPage;
