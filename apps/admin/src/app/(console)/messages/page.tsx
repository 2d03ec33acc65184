import { can } from '@fidele/auth/permissions';
import { buttonStyles } from '@fidele/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { MessageCounts } from './message-counts.tsx';
import { MessageList } from './message-list.tsx';
import { SendingRules } from './sending-rules.tsx';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('messages');
  return { title: t('title') };
};

/** The emails and SMS sent to customers, where each stands, and the rules they are sent by. */
const MessagesPage = async () => {
  const t = await getTranslations('messages');
  const staff = await currentStaff();
  if (!staff || !can(staff.role, 'messages:read')) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Link href="/messages/automations" className={buttonStyles({ variant: 'secondary' })}>
              {t('automationsLink')}
            </Link>
            <Link href="/messages/sms-outbox" className={buttonStyles({ variant: 'secondary' })}>
              {t('smsOutboxLink')}
            </Link>
          </>
        }
      />
      <div className="flex flex-col gap-8">
        <MessageCounts />
        {/* The list reads its filters from the URL, hence the Suspense around it. */}
        <Suspense>
          <MessageList />
        </Suspense>
        <SendingRules />
      </div>
    </>
  );
};

export default MessagesPage;
