import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { RewardEditor } from './reward-editor.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ rewardId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('rewards');
  return { title: t('title') };
};

const RewardPage = async ({ params }: Props) => {
  const { rewardId } = await params;
  if (!UUID.test(rewardId)) notFound();
  const t = await getTranslations('rewards');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('title')} />;
  return (
    <Suspense>
      <RewardEditor rewardId={rewardId} />
    </Suspense>
  );
};

export default RewardPage;
