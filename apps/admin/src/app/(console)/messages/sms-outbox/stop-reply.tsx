'use client';

import { Button } from '@fidele/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/react.tsx';

/**
 * Plays the customer's part on a kept SMS: replies STOP to it, as a phone would through the
 * provider's webhook, and says what it did.
 */
export const StopReply = ({ smsId }: { smsId: string }) => {
  const t = useTranslations('smsOutbox.stopReply');
  const trpc = useTRPC();
  const reply = useMutation(trpc.messages.replyToSms.mutationOptions());
  if (reply.data)
    return (
      <span role="status" className="text-sm text-ink-muted">
        {reply.data.stopped ? t('stopped') : t('nothing')}
      </span>
    );
  return (
    <Button
      variant="secondary"
      size="sm"
      loading={reply.isPending}
      onClick={() => reply.mutate({ smsId, body: 'STOP' })}
    >
      {t('button')}
    </Button>
  );
};
