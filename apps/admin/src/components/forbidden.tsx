import { EmptyState } from '@fidele/ui';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from './page-header.tsx';

/** A page the signed-in role may not use (it is not in their navigation either). */
export const Forbidden = async ({ title }: { title: string }) => {
  const t = await getTranslations('errors');
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={t('forbidden')} description={t('forbiddenHint')} />
    </>
  );
};
