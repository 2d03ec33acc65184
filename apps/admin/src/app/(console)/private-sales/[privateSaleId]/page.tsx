import { can } from '@fidele/auth/permissions';
import { privateSaleIdInput } from '@fidele/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PrivateSaleEditor } from './private-sale-editor.tsx';

type Props = { params: Promise<{ privateSaleId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('privateSales');
  return { title: t('title') };
};

/** One private sale: editable by the roles that run the programme, readable by every role. */
const PrivateSalePage = async ({ params }: Props) => {
  const { privateSaleId } = await params;
  // Only an id the procedure would take: any other address is a page that does not exist.
  if (!privateSaleIdInput.safeParse({ privateSaleId }).success) notFound();
  const t = await getTranslations('privateSales');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'rewards:read')) return <Forbidden title={t('title')} />;
  return (
    <Suspense>
      <PrivateSaleEditor privateSaleId={privateSaleId} />
    </Suspense>
  );
};

export default PrivateSalePage;
