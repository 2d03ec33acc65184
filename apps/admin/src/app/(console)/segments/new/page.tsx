import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { NewSegment } from './new-segment.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('segments');
  return { title: t('newTitle') };
};

const NewSegmentPage = async () => {
  const t = await getTranslations('segments');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('newTitle')} />;
  return <NewSegment />;
};

export default NewSegmentPage;
