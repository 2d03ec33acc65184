import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { env } from '@/env.ts';
import { ContestEditor } from './contest-editor.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ contestId: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('contests');
  return { title: t('title') };
};

/** One contest, its entries to moderate, for the roles that run the programme. */
const ContestPage = async ({ params }: Props) => {
  const { contestId } = await params;
  if (!UUID.test(contestId)) notFound();
  const t = await getTranslations('contests');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('title')} />;
  return (
    <Suspense>
      <ContestEditor contestId={contestId} portalUrl={env().PORTAL_URL} />
    </Suspense>
  );
};

export default ContestPage;
