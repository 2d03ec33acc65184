'use client';

import { Button, Card, EmptyState } from '@fidele/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { saveFailure, saveFailureKey } from '@/components/save-failure.ts';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { useMessageColumns } from '../../messages/message-columns.tsx';
import type { OutboxMessage } from '../../messages/message-details.tsx';

const PAGE_SIZE = 10;

const column = createColumnHelper<OutboxMessage>();

/** What the server sends again by hand: a service message that was sent or failed. */
const resendable = (message: OutboxMessage): boolean =>
  !message.marketing && (message.status === 'SENT' || message.status === 'FAILED');

/**
 * "Send again" on one message: a new copy queued now. Once queued it says so; a refusal says why.
 */
const ResendMessage = ({
  messageId,
  done,
  onDone,
}: {
  messageId: string;
  /** Whether this message was sent again from this page (kept above the row, which may remount). */
  done: boolean;
  onDone: (messageId: string) => void;
}) => {
  const t = useTranslations('customerMessages.resend');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resend = useMutation(
    trpc.messages.resend.mutationOptions({
      onSuccess: () => {
        onDone(messageId);
        // The copy joins the list; the resend is audited on the customer.
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.messages.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
    }),
  );
  const failure = saveFailure(resend.error);

  if (done)
    return (
      <span role="status" className="text-sm whitespace-nowrap text-ink-muted">
        {t('done')}
      </span>
    );
  return (
    <span className="flex max-w-56 flex-col items-start gap-1">
      <Button
        variant="secondary"
        size="sm"
        className="whitespace-nowrap"
        loading={resend.isPending}
        onClick={() => resend.mutate({ messageId })}
      >
        {t('button')}
      </Button>
      {failure ? (
        <span role="alert" className="text-xs font-medium text-danger-700">
          {t(
            saveFailureKey(failure, {
              message_not_resendable: 'failures.notResendable',
              message_not_found: 'failures.notFound',
            }),
          )}
        </span>
      ) : null}
    </span>
  );
};

/**
 * The emails and SMS sent to the customer, and those held or skipped, latest first, a page at a
 * time; for support, "Send again" on the service messages that were sent or failed.
 */
export const CustomerMessages = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customerMessages');
  const trpc = useTRPC();
  const canResend = useCan('messages:resend');
  const [page, setPage] = useState(1);
  const [resent, setResent] = useState<ReadonlySet<string>>(() => new Set());
  const messages = useQuery({
    ...trpc.messages.list.queryOptions({ customerId, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const markResent = useCallback(
    (messageId: string) => setResent((ids) => new Set(ids).add(messageId)),
    [],
  );

  const messageColumns = useMessageColumns();
  const columns = useMemo(
    () => [
      messageColumns.createdAt,
      messageColumns.channel,
      messageColumns.about,
      messageColumns.status,
      messageColumns.details,
      ...(canResend
        ? [
            column.display({
              id: 'resend',
              meta: { pin: 'end' },
              header: () => <span className="sr-only">{t('columns.actions')}</span>,
              cell: (info) => {
                const message = info.row.original;
                return resendable(message) || resent.has(message.id) ? (
                  <ResendMessage
                    messageId={message.id}
                    done={resent.has(message.id)}
                    onDone={markResent}
                  />
                ) : null;
              },
            }),
          ]
        : []),
    ],
    [t, messageColumns, canResend, resent, markResent],
  );

  return (
    <Card title={t('title')} data-testid="customer-messages">
      <p className="mb-4 text-sm text-ink-muted">{t('description')}</p>
      {messages.error ? (
        <QueryError error={messages.error} onRetry={() => messages.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          <DataTable
            caption={t('title')}
            columns={columns}
            rows={messages.data?.rows}
            rowKey={(row) => row.id}
            skeletonRows={3}
            empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
          />
          <ListPagination data={messages.data} onPageChange={setPage} />
        </div>
      )}
    </Card>
  );
};
