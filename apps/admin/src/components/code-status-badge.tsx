'use client';

import { Badge, type BadgeProps, type BadgeTone } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** A code's status as staff read it: an active code past its end date shows as expired. */
export type ShownCodeStatus = 'ACTIVE' | 'REDEEMED' | 'CANCELLED' | 'EXPIRED';

const statusTone: Record<ShownCodeStatus, BadgeTone> = {
  ACTIVE: 'success',
  REDEEMED: 'info',
  CANCELLED: 'danger',
  EXPIRED: 'neutral',
};

export const CodeStatusBadge = ({
  status,
  ...props
}: Omit<BadgeProps, 'children' | 'tone'> & { status: ShownCodeStatus }) => {
  const t = useTranslations('codeStatus');
  return (
    <Badge tone={statusTone[status]} {...props}>
      {t(status)}
    </Badge>
  );
};
