'use client';

import { Badge, type BadgeTone } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { StaffOutputs } from '@/trpc/types.ts';

type StaffStatus = StaffOutputs['staff']['list'][number]['status'];

const TONES: Record<StaffStatus, BadgeTone> = {
  ACTIVE: 'success',
  INVITED: 'info',
  DISABLED: 'neutral',
};

/** Whether the member can sign in: active, invited (no password yet) or disabled. */
export const StaffStatusBadge = ({ status }: { status: StaffStatus }) => {
  const t = useTranslations('staff.status');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
};
