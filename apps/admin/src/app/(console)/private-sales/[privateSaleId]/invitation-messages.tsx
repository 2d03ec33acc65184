'use client';

import { Card, Skeleton, Tabs } from '@fidele/ui';
import type { PrivateSaleInput } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
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
  const t = useTranslations('privateSaleMessages');
  const trpc = useTRPC();
  const preview = useQuery(
    trpc.privateSales.preview.queryOptions({ privateSaleId, locale: language }),
  );

  if (preview.error) return <QueryError error={preview.error} onRetry={() => preview.refetch()} />;
  if (!preview.data) return <Skeleton className="h-150 w-full" />;
  const { email, sms } = preview.data;

  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <section
        aria-labelledby={`invitation-email-${language}`}
        className="flex min-w-0 flex-1 flex-col gap-2"
      >
        <h3 id={`invitation-email-${language}`} className="font-semibold text-ink">
          {t('email')}
        </h3>
        <NotSent channel="EMAIL" channels={channels} />
        <p className="text-sm">
          <span className="text-ink-muted">{t('subject')}</span> {email.subject}
        </p>
        <iframe
          sandbox=""
          srcDoc={email.html}
          title={t('emailFrame', { subject: email.subject })}
          className="h-150 w-full rounded-control border border-border bg-white"
        />
      </section>
      <section
        aria-labelledby={`invitation-sms-${language}`}
        className="flex flex-col gap-2 lg:w-80"
      >
        <h3 id={`invitation-sms-${language}`} className="font-semibold text-ink">
          {t('sms')}
        </h3>
        <NotSent channel="SMS" channels={channels} />
        <p className="rounded-card bg-surface-muted p-3 text-sm break-words whitespace-pre-wrap text-ink ring-1 ring-border ring-inset">
          {sms.text}
        </p>
        <p className="text-sm text-ink-muted" data-testid="invitation-sms-length">
          {t(sms.encoding === 'GSM-7' ? 'smsLength' : 'smsLengthUnicode', {
            units: sms.units,
            segments: sms.segments,
          })}
        </p>
      </section>
    </div>
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
  const locale = useLocale();
  const languages: Language[] = ['en', 'fr'];
  return (
    <Card title={t('title')} data-testid="invitation-messages">
      <p className="mb-4 text-sm text-ink-muted">{t('description')}</p>
      <Tabs
        label={t('language')}
        defaultTab={locale === 'fr' ? 'fr' : 'en'}
        tabs={languages.map((language) => ({
          id: language,
          label: tForm(language === 'fr' ? 'french' : 'english'),
          content: (
            <InvitationMessagesIn
              privateSaleId={privateSaleId}
              language={language}
              channels={channels}
            />
          ),
        }))}
      />
    </Card>
  );
};
