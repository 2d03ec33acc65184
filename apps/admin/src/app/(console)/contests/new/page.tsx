import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { env } from '@/env.ts';
import { NewContest } from './new-contest.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('contests');
  return { title: t('newTitle') };
};

const NewContestPage = async () => {
  const t = await getTranslations('contests');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('newTitle')} />;
  return <NewContest portalUrl={env().PORTAL_URL} />;
};

export default NewContestPage;
