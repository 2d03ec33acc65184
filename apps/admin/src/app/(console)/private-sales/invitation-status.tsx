'use client';

import { Badge, type BadgeTone } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { StaffOutputs } from '@/trpc/types.ts';

export type InvitationCounts = StaffOutputs['privateSales']['get']['invitations'];
export type InvitationStatus = keyof InvitationCounts;

/** The answers in the order an invitation goes through them. */
export const INVITATION_STATUSES = [
  'INVITED',
  'ACCEPTED',
  'WAITLISTED',
  'DECLINED',
  'LAPSED',
  'CHECKED_IN',
] as const satisfies readonly InvitationStatus[];

const tone: Record<InvitationStatus, BadgeTone> = {
  INVITED: 'info',
  ACCEPTED: 'success',
  WAITLISTED: 'warning',
  DECLINED: 'neutral',
  LAPSED: 'neutral',
  CHECKED_IN: 'brand',
};

/** Every invitation sent, whatever its answer. */
export const invitationsSent = (counts: InvitationCounts) =>
  INVITATION_STATUSES.reduce((sum, status) => sum + counts[status], 0);

/**
 * Where one invitation stands: no answer yet, accepted, waitlisted, declined, a freed place not
 * confirmed in time, or checked in.
 */
export const InvitationStatusBadge = ({ status }: { status: InvitationStatus }) => {
  const t = useTranslations('privateSaleInvitations.status');
  return (
    <Badge tone={tone[status]} className="whitespace-nowrap">
      {t(status)}
    </Badge>
  );
};
