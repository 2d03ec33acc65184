import { can } from '@fidele/auth/permissions';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { CodeLife } from './code-life.tsx';

type Props = { params: Promise<{ code: string }> };

/** The code as typed in the address bar; a malformed escape is looked up as it stands. */
const codeOf = async (params: Props['params']): Promise<string> => {
  const { code } = await params;
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
};

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const t = await getTranslations('codes');
  return { title: t('codeLabel', { code: await codeOf(params) }) };
};

const CodePage = async ({ params }: Props) => {
  const t = await getTranslations('codes');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'codes:read')) return <Forbidden title={t('title')} />;
  return <CodeLife code={await codeOf(params)} />;
};

export default CodePage;
