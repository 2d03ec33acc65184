import { can } from '@fidele/auth/permissions';
import { Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { CodeSearch } from './code-search.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('codes');
  return { title: t('title') };
};

const CodesPage = async () => {
  const t = await getTranslations('codes');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'codes:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card className="max-w-2xl">
        <CodeSearch autoFocus />
      </Card>
    </>
  );
};

export default CodesPage;
