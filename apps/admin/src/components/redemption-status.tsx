'use client';

import { Badge, formatDateTime, useFormatSettings } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** Completed, or rolled back (the order was cancelled) and when. */
export const RedemptionStatus = ({
  redemption,
}: {
  redemption: { status: 'COMPLETED' | 'ROLLED_BACK'; rolledBackAt: Date | null };
}) => {
  const t = useTranslations('redemptions');
  const { locale, timeZone } = useFormatSettings();
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge
        tone={redemption.status === 'COMPLETED' ? 'success' : 'warning'}
        className="whitespace-nowrap"
      >
        {t(`status.${redemption.status}`)}
      </Badge>
      {redemption.rolledBackAt ? (
        <span className="text-xs whitespace-nowrap text-ink-muted">
          {t('rolledBackOn', {
            date: formatDateTime(redemption.rolledBackAt, locale, 'date', timeZone),
          })}
        </span>
      ) : null}
    </span>
  );
};
