import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeListPage } from '@/components/programme-list-page.tsx';
import { SegmentList } from './segment-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('segments');
  return { title: t('title') };
};

const SegmentsPage = () => (
  <ProgrammeListPage namespace="segments" readPermission="customers:read" newHref="/segments/new">
    <SegmentList />
  </ProgrammeListPage>
);

export default SegmentsPage;
