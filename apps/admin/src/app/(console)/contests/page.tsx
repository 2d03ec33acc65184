import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeListPage } from '@/components/programme-list-page.tsx';
import { ContestList } from './contest-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('contests');
  return { title: t('title') };
};

const ContestsPage = () => (
  <ProgrammeListPage namespace="contests" readPermission="programme:manage" newHref="/contests/new">
    <ContestList />
  </ProgrammeListPage>
);

export default ContestsPage;
