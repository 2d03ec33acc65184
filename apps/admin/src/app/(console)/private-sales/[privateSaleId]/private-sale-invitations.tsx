'use client';

import { Alert, Button, Card, DateTime, EmptyState, tierNameIn } from '@fidele/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { CustomerLink } from '@/components/customer-link.tsx';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { saveFailure, saveFailureKey } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { InvitationStatusBadge } from '../invitation-status.tsx';

const PAGE_SIZE = 20;

type Invitation = StaffOutputs['privateSales']['invitations']['rows'][number];

const column = createColumnHelper<Invitation>();

const none = <span className="text-ink-muted">—</span>;

/**
 * Who is invited to a private sale, their answer and when they came, a page at a time; for the
 * roles that run the programme while it is not over, the button that invites the customers it
 * targets who are not invited yet.
 */
export const PrivateSaleInvitations = ({
  privateSaleId,
  canInvite,
}: {
  privateSaleId: string;
  canInvite: boolean;
}) => {
  const t = useTranslations('privateSaleInvitations');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const invitations = useQuery({
    ...trpc.privateSales.invitations.queryOptions({ privateSaleId, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const invite = useMutation(
    trpc.privateSales.invite.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.privateSales.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );
  const inviteFailure = saveFailure(invite.error);

  const columns = useMemo(
    () => [
      column.accessor('customer', {
        header: t('columns.customer'),
        cell: (info) => {
          const customer = info.getValue();
          return (
            <span className="flex min-w-36 flex-col">
              <CustomerLink customer={customer} />
              <span className="font-mono text-xs text-ink-muted">{customer.memberCode}</span>
            </span>
          );
        },
      }),
      column.accessor((invitation) => tierNameIn(invitation.customer.tier, locale), {
        id: 'tier',
        header: t('columns.tier'),
      }),
      column.accessor('status', {
        header: t('columns.status'),
        cell: (info) => {
          const { waitlistedAt, offerExpiresAt } = info.row.original;
          return (
            <span className="flex flex-col items-start gap-1">
              <InvitationStatusBadge status={info.getValue()} />
              {info.getValue() === 'WAITLISTED' && waitlistedAt ? (
                <span className="text-xs whitespace-nowrap text-ink-muted">
                  {t('since')} <DateTime value={waitlistedAt} />
                </span>
              ) : null}
              {info.getValue() === 'ACCEPTED' && offerExpiresAt ? (
                <span className="text-xs whitespace-nowrap text-ink-muted">
                  {t('offeredUntil')} <DateTime value={offerExpiresAt} />
                </span>
              ) : null}
            </span>
          );
        },
      }),
      column.accessor('answeredAt', {
        header: t('columns.answeredAt'),
        cell: (info) => {
          const at = info.getValue();
          return at ? <DateTime value={at} className="whitespace-nowrap" /> : none;
        },
      }),
      column.accessor('checkedInAt', {
        header: t('columns.checkedInAt'),
        cell: (info) => {
          const at = info.getValue();
          return at ? <DateTime value={at} className="whitespace-nowrap" /> : none;
        },
      }),
      column.accessor((invitation) => invitation.checkedInShop?.name ?? null, {
        id: 'checkedInShop',
        header: t('columns.checkedInShop'),
        cell: (info) => info.getValue() ?? none,
      }),
    ],
    [t, locale],
  );

  return (
    <Card
      title={t('title')}
      data-testid="private-sale-invitations"
      actions={
        invitations.data ? (
          <span className="text-sm text-ink-muted">
            {t('count', { total: invitations.data.total })}
          </span>
        ) : null
      }
    >
      <div className="flex flex-col gap-4">
        {canInvite ? (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-ink-muted">{t('invite.hint')}</p>
            <Button
              variant="secondary"
              className="self-start"
              loading={invite.isPending}
              onClick={() => invite.mutate({ privateSaleId })}
            >
              {t('invite.action')}
            </Button>
            {invite.isSuccess ? (
              <Alert
                tone="success"
                title={
                  invite.data.invited === 0
                    ? t('invite.nobody')
                    : t('invite.done', {
                        invited: invite.data.invited,
                        messages: invite.data.messages,
                      })
                }
              />
            ) : null}
            {inviteFailure ? (
              <Alert tone="danger">
                {t(
                  `invite.${saveFailureKey(inviteFailure, {
                    private_sale_over: 'failures.over',
                    private_sale_not_found: 'failures.notFound',
                  })}`,
                )}
              </Alert>
            ) : null}
          </div>
        ) : null}

        {invitations.error ? (
          <QueryError error={invitations.error} onRetry={() => invitations.refetch()} />
        ) : (
          <>
            <DataTable
              caption={t('title')}
              columns={columns}
              rows={invitations.data?.rows}
              rowKey={(row) => row.id}
              skeletonRows={3}
              empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
            />
            <ListPagination data={invitations.data} onPageChange={setPage} />
          </>
        )}
      </div>
    </Card>
  );
};
