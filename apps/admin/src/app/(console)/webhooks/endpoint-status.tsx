import { Badge } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** On, switched off by hand, or switched off after 5 days of failures; failing while on. */
export const EndpointStatus = ({
  endpoint,
}: {
  endpoint: { enabled: boolean; failingSince: Date | null; disabledForFailuresAt: Date | null };
}) => {
  const t = useTranslations('outboundWebhooks.status');
  if (endpoint.disabledForFailuresAt) return <Badge tone="danger">{t('switchedOff')}</Badge>;
  if (!endpoint.enabled) return <Badge tone="neutral">{t('disabled')}</Badge>;
  if (endpoint.failingSince) return <Badge tone="warning">{t('failing')}</Badge>;
  return <Badge tone="success">{t('enabled')}</Badge>;
};
