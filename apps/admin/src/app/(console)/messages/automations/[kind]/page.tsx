import { can } from '@fidele/auth/permissions';
import { DEFAULT_WORDS } from '@fidele/messaging';
import { AUTOMATION_KINDS, type AutomationKind } from '@fidele/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { AutomationEditor } from './automation-editor.tsx';

type Props = { params: Promise<{ kind: string }> };

const isAutomationKind = (kind: string): kind is AutomationKind =>
  (AUTOMATION_KINDS as readonly string[]).includes(kind);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { kind } = await params;
  const t = await getTranslations('automations');
  const tKind = await getTranslations('messages.kinds');
  return { title: isAutomationKind(kind) ? `${tKind(kind)} · ${t('title')}` : t('title') };
};

/**
 * One automation: editable by the roles that run the programme, readable by every role that
 * reads the messages. Its default wording comes from the messaging package, on the server.
 */
const AutomationPage = async ({ params }: Props) => {
  const { kind } = await params;
  // Only a kind the procedures know: any other address is a page that does not exist.
  if (!isAutomationKind(kind)) notFound();
  const t = await getTranslations('automations');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'messages:read')) return <Forbidden title={t('title')} />;
  return <AutomationEditor kind={kind} defaults={DEFAULT_WORDS[kind]} />;
};

export default AutomationPage;
