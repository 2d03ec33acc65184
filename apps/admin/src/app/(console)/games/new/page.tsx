import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { NewGame } from './new-game.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('games');
  return { title: t('newTitle') };
};

const NewGamePage = async () => {
  const t = await getTranslations('games');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('newTitle')} />;
  return <NewGame />;
};

export default NewGamePage;
