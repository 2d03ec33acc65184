import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { CodeLife } from './code-life.tsx';

type Props = { params: Promise<{ code: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const t = await getTranslations('codes');
  return { title: t('codeLabel', { code: decodeURIComponent((await params).code) }) };
};

const CodePage = async ({ params }: Props) => {
  const t = await getTranslations('codes');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'codes:read')) return <Forbidden title={t('title')} />;
  return <CodeLife code={decodeURIComponent((await params).code)} />;
};

export default CodePage;
