'use client';

import { Badge } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { availabilityTone } from '@/components/availability.ts';
import type { StaffOutputs } from '@/trpc/types.ts';

export type PrivateSalePhase = StaffOutputs['privateSales']['get']['phase'];

/** Where a private sale stands: before its start, on, over, or archived. */
export const PrivateSalePhaseBadge = ({ phase }: { phase: PrivateSalePhase }) => {
  const t = useTranslations('privateSales.status');
  return (
    <Badge
      tone={availabilityTone[phase]}
      className="whitespace-nowrap"
      data-testid="private-sale-status"
      data-status={phase}
    >
      {t(phase)}
    </Badge>
  );
};
