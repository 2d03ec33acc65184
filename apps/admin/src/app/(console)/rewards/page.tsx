import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeListPage } from '@/components/programme-list-page.tsx';
import { RewardList } from './reward-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('rewards');
  return { title: t('title') };
};

const RewardsPage = () => (
  <ProgrammeListPage namespace="rewards" readPermission="rewards:read" newHref="/rewards/new">
    <RewardList />
  </ProgrammeListPage>
);

export default RewardsPage;
