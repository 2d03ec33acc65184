'use client';

import { Badge } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** Whether an automation sends its messages: on or off. */
export const AutomationStatus = ({ enabled }: { enabled: boolean }) => {
  const t = useTranslations('automations');
  return <Badge tone={enabled ? 'success' : 'neutral'}>{t(enabled ? 'on' : 'off')}</Badge>;
};
