'use client';

import { Card, Skeleton } from '@fidele/ui';
import type { PrivateSaleInput } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { MessagePreview, PreviewLanguages } from '@/components/message-preview.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

type Channels = PrivateSaleInput['channels'];
type Language = 'en' | 'fr';

/** Said under a channel the saved event does not send its invitations by. */
const NotSent = ({ channel, channels }: { channel: Channels[number]; channels: Channels }) => {
  const t = useTranslations('privateSaleMessages');
  return channels.includes(channel) ? null : (
    <p className="text-sm text-ink-muted">{t('notSent')}</p>
  );
};

/** The email and the SMS of the saved event's invitation, in one language, for a sample customer. */
const InvitationMessagesIn = ({
  privateSaleId,
  language,
  channels,
}: {
  privateSaleId: string;
  language: Language;
  channels: Channels;
}) => {
  const trpc = useTRPC();
  const preview = useQuery(
    trpc.privateSales.preview.queryOptions({ privateSaleId, locale: language }),
  );

  if (preview.error) return <QueryError error={preview.error} onRetry={() => preview.refetch()} />;
  if (!preview.data) return <Skeleton className="h-150 w-full" />;

  return (
    <MessagePreview
      id={`invitation-${language}`}
      message={preview.data}
      emailNote={<NotSent channel="EMAIL" channels={channels} />}
      smsNote={<NotSent channel="SMS" channels={channels} />}
      smsLengthTestId="invitation-sms-length"
    />
  );
};

/**
 * What customers receive when invited to the saved event, beside the portal notice: its email and
 * its SMS, in English or in French, the SMS counted as the network bills it.
 */
export const InvitationMessages = ({
  privateSaleId,
  channels,
}: {
  privateSaleId: string;
  /** The channels the saved event sends its invitations by. */
  channels: Channels;
}) => {
  const t = useTranslations('privateSaleMessages');
  const tForm = useTranslations('privateSaleForm');
  return (
    <Card title={t('title')} data-testid="invitation-messages">
      <p className="mb-4 text-sm text-ink-muted">{t('description')}</p>
      <PreviewLanguages label={t('language')} names={{ en: tForm('english'), fr: tForm('french') }}>
        {(language) => (
          <InvitationMessagesIn
            privateSaleId={privateSaleId}
            language={language}
            channels={channels}
          />
        )}
      </PreviewLanguages>
    </Card>
  );
};
