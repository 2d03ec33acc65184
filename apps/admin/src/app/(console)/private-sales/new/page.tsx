import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { NewPrivateSale } from './new-private-sale.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('privateSales');
  return { title: t('newTitle') };
};

const NewPrivateSalePage = async () => {
  const t = await getTranslations('privateSales');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'private-sales:manage'))
    return <Forbidden title={t('newTitle')} />;
  return <NewPrivateSale />;
};

export default NewPrivateSalePage;
