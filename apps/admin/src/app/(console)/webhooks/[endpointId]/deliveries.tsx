'use client';

import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from '@fidele/validators';
import {
  Alert,
  Badge,
  type BadgeTone,
  Button,
  Card,
  DateTime,
  EmptyState,
  SelectField,
  Skeleton,
} from '@fidele/ui';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

type Delivery = StaffOutputs['webhooks']['deliveries']['items'][number];
type Status = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
type EventType = (typeof WEBHOOK_EVENT_TYPES)[number] | 'webhook.test';

const STATUS_TONE: Record<Status, BadgeTone> = {
  PENDING: 'info',
  SENDING: 'info',
  SUCCEEDED: 'success',
  FAILED: 'danger',
};

/** While deliveries are on their way, the list follows them. */
const REFRESH_MS = 3_000;

const Block = ({ label, children }: { label: string; children: string }) => (
  <div className="flex min-w-0 flex-col gap-1">
    <p className="text-xs font-semibold text-ink-muted uppercase">{label}</p>
    <pre className="max-h-64 overflow-auto rounded-control bg-surface-muted p-2 text-xs break-all whitespace-pre-wrap">
      {children}
    </pre>
  </div>
);

/** Each attempt's request, what came back, and how long it took. */
const Attempts = ({ delivery }: { delivery: Delivery }) => {
  const t = useTranslations('outboundWebhooks.deliveries');
  if (!delivery.attempts.length) return <p className="text-sm text-ink-muted">{t('noAttempt')}</p>;
  return (
    <ol className="flex flex-col gap-4">
      {delivery.attempts.map((attempt, index) => (
        <li
          key={attempt.id}
          className="flex flex-col gap-2 border-t border-border pt-3"
          data-testid="webhook-attempt"
        >
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="font-semibold">{t('attempt', { number: index + 1 })}</span>
            <DateTime value={attempt.startedAt} />
            <span>{t('duration', { ms: attempt.durationMs })}</span>
            {attempt.responseStatus === null ? (
              <Badge tone="danger">{attempt.error ?? t('noResponse')}</Badge>
            ) : (
              <Badge tone={attempt.responseStatus < 300 ? 'success' : 'danger'}>
                {t('status', { status: attempt.responseStatus })}
              </Badge>
            )}
          </p>
          <div className="grid gap-3 lg:grid-cols-2">
            <Block label={t('requestHeaders')}>
              {Object.entries(attempt.requestHeaders)
                .map(([name, value]) => `${name}: ${value}`)
                .join('\n')}
            </Block>
            <Block label={t('requestBody')}>{attempt.requestBody}</Block>
            {attempt.responseBody !== null ? (
              <Block label={t('responseBody')}>{attempt.responseBody || '∅'}</Block>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
};

/** An endpoint's deliveries, newest first, filtered by status and event; a finished one replays. */
export const Deliveries = ({ endpointId }: { endpointId: string }) => {
  const t = useTranslations('outboundWebhooks.deliveries');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | ''>('');
  const [eventType, setEventType] = useState<EventType | ''>('');
  const deliveries = useInfiniteQuery(
    trpc.webhooks.deliveries.infiniteQueryOptions(
      { endpointId, status: status || undefined, eventType: eventType || undefined },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchInterval: REFRESH_MS },
    ),
  );
  const replay = useMutation(
    trpc.webhooks.replay.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.pathKey() }),
    }),
  );
  const items = deliveries.data?.pages.flatMap((page) => page.items);

  return (
    <Card title={t('title')}>
      <div className="mb-4 flex flex-wrap gap-3">
        <SelectField
          label={t('filterStatus')}
          value={status}
          onChange={(event) => setStatus(event.target.value as Status | '')}
          options={[
            { value: '', label: t('all') },
            ...WEBHOOK_DELIVERY_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) })),
          ]}
        />
        <SelectField
          label={t('filterEvent')}
          value={eventType}
          onChange={(event) => setEventType(event.target.value as EventType | '')}
          options={[
            { value: '', label: t('all') },
            ...[...WEBHOOK_EVENT_TYPES, 'webhook.test'].map((value) => ({ value, label: value })),
          ]}
        />
      </div>
      {replay.error ? <Alert tone="danger">{t('replayFailed')}</Alert> : null}
      {deliveries.error ? (
        <QueryError error={deliveries.error} onRetry={() => deliveries.refetch()} />
      ) : !items ? (
        <Skeleton className="h-40 w-full" />
      ) : !items.length ? (
        <EmptyState title={t('empty.title')} description={t('empty.description')} />
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((delivery) => (
            <li
              key={delivery.id}
              data-testid="webhook-delivery"
              className="rounded-card border border-border"
            >
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 p-3 text-sm">
                  <code className="font-semibold">{delivery.event.type}</code>
                  <code className="text-xs text-ink-muted">{delivery.event.id}</code>
                  <Badge tone={STATUS_TONE[delivery.status]}>
                    {t(`statuses.${delivery.status}`)}
                  </Badge>
                  <span className="text-ink-muted">
                    {t('attempts', { count: delivery.attempts.length })}
                  </span>
                  <DateTime value={delivery.createdAt} className="text-ink-muted" />
                  {delivery.status === 'PENDING' && delivery.attempts.length ? (
                    <span className="text-ink-muted">
                      {t.rich('nextAttempt', {
                        when: () => <DateTime value={delivery.nextAttemptAt} />,
                      })}
                    </span>
                  ) : null}
                </summary>
                <div className="flex flex-col gap-3 p-3 pt-0">
                  {delivery.status === 'SUCCEEDED' || delivery.status === 'FAILED' ? (
                    <Button
                      size="sm"
                      variant="secondary"
                      className="self-start"
                      loading={replay.isPending && replay.variables?.deliveryId === delivery.id}
                      onClick={() => replay.mutate({ deliveryId: delivery.id })}
                    >
                      {t('replay')}
                    </Button>
                  ) : null}
                  <Attempts delivery={delivery} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      {deliveries.hasNextPage ? (
        <Button
          variant="secondary"
          size="sm"
          className="mt-4"
          loading={deliveries.isFetchingNextPage}
          onClick={() => deliveries.fetchNextPage()}
        >
          {t('more')}
        </Button>
      ) : null}
    </Card>
  );
};
