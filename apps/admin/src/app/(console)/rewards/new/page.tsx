import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { NewReward } from './new-reward.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('rewardForm');
  return { title: t('newTitle') };
};

const NewRewardPage = async () => {
  const t = await getTranslations('rewardForm');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('newTitle')} />;
  return <NewReward />;
};

export default NewRewardPage;
