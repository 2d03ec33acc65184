'use client';

import { Badge, type BadgeTone } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { MessageStatus } from './message-list-params.ts';

const tone: Record<MessageStatus, BadgeTone> = {
  QUEUED: 'info',
  DISPATCHED: 'info',
  SENDING: 'info',
  SENT: 'success',
  SKIPPED: 'neutral',
  FAILED: 'danger',
};

/** Where one message stands: waiting its turn, on its way, sent, skipped or failed. */
export const MessageStatusBadge = ({ status }: { status: MessageStatus }) => {
  const t = useTranslations('messages.status');
  return (
    <Badge tone={tone[status]} className="whitespace-nowrap" data-status={status}>
      {t(status)}
    </Badge>
  );
};
