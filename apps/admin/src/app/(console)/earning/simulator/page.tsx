import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { RuleSimulator } from './rule-simulator.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('simulator');
  return { title: t('title') };
};

const SimulatorPage = async () => {
  const t = await getTranslations('simulator');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        eyebrow={
          <Link href="/earning" className="font-semibold text-brand-800 underline">
            {t('back')}
          </Link>
        }
      />
      <RuleSimulator />
    </>
  );
};

export default SimulatorPage;
