import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { buttonStyles } from '@fidele/ui';
import { EarnRuleList } from './earn-rule-list.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('earnRules');
  return { title: t('title') };
};

const EarningPage = async () => {
  const t = await getTranslations('earnRules');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/earning/simulator" className={buttonStyles({ variant: 'secondary' })}>
            {t('simulate')}
          </Link>
        }
      />
      <EarnRuleList />
    </>
  );
};

export default EarningPage;
