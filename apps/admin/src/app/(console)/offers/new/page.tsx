import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { NewOffer } from './new-offer.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('offers');
  return { title: t('newTitle') };
};

const NewOfferPage = async () => {
  const t = await getTranslations('offers');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('newTitle')} />;
  return <NewOffer />;
};

export default NewOfferPage;
