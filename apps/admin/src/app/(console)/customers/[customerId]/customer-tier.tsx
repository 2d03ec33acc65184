'use client';

import { PROGRAMME_TIME_ZONE } from '@fidele/core/calendar';
import { tierPinInput } from '@fidele/validators';
import {
  Alert,
  Badge,
  Button,
  Card,
  DateTime,
  Dialog,
  EmptyState,
  formatDateTime,
  ProgressBar,
  SelectField,
  Skeleton,
  TextAreaField,
  tierNameIn,
  useFormatSettings,
} from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { ProgrammeDateField } from '@/components/programme-date-field.tsx';
import { failureCode, QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { TierBadge } from '../../tiers/tier-badge.tsx';
import { endOfDayIn, tomorrowIn } from '../../tiers/pin-date.ts';
import { useTierFigure } from '../../tiers/tier-figure.ts';

type TierStatus = StaffOutputs['customers']['tier'];
type TierChange = TierStatus['history'][number];

const column = createColumnHelper<TierChange>();

const PIN_FORM = 'customer-tier-pin';

type PinErrors = { until?: boolean; reason?: boolean };

/**
 * "Pin tier" (a tier, an end date, a reason) or "Lift pin" (a reason): the review leaves a
 * pinned customer on their tier until the date. The card, the history and the audit then show it.
 */
const PinDialog = ({
  mode,
  status,
  customerId,
  customerName,
  onClose,
  onDone,
}: {
  mode: 'pin' | 'lift' | null;
  status: TierStatus;
  customerId: string;
  customerName: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) => {
  const t = useTranslations('customer.tier.pin');
  const tErrors = useTranslations('errors');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [tierId, setTierId] = useState(status.current.id);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<PinErrors>({});
  const pin = useMutation(
    trpc.customers.pinTier.mutationOptions({
      onSuccess: async (_, input) => {
        // The schema coerces `until`, so its input type is loose: this form sends a Date or null.
        onDone(
          input.until instanceof Date
            ? t('done', { date: formatDateTime(input.until, locale, 'date', timeZone) })
            : t('lifted'),
        );
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
    }),
  );
  const failure = failureCode(pin.error);
  const lifting = mode === 'lift';

  const close = () => {
    if (pin.isPending) return;
    pin.reset();
    setErrors({});
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pin.reset();
    const end = lifting ? null : endOfDayIn(until, PROGRAMME_TIME_ZONE);
    const parsed = tierPinInput.safeParse({
      customerId,
      tierId: lifting ? status.current.id : tierId,
      until: end,
      reason,
    });
    const next: PinErrors = {
      until: !lifting && (!end || end <= new Date()),
      reason: !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'reason'),
    };
    setErrors(next);
    if (next.until) document.getElementById(`${PIN_FORM}-until`)?.focus();
    else if (next.reason) document.getElementById(`${PIN_FORM}-reason`)?.focus();
    if (parsed.success && !next.until && !next.reason) pin.mutate(parsed.data);
  };

  const options = status.ladder.map((tier) => ({
    value: tier.id,
    label: tierNameIn(tier, locale),
  }));
  return (
    <Dialog
      open={mode !== null}
      onClose={close}
      role={lifting ? 'alertdialog' : 'dialog'}
      title={t(lifting ? 'liftTitle' : 'title')}
      description={
        lifting
          ? t('liftDescription', {
              name: customerName,
              tier: tierNameIn(status.current, locale),
            })
          : t('description', { name: customerName })
      }
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={pin.isPending}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={PIN_FORM} loading={pin.isPending}>
            {t(lifting ? 'liftSubmit' : 'submit')}
          </Button>
        </>
      }
    >
      <form id={PIN_FORM} onSubmit={submit} noValidate className="flex flex-col gap-4">
        {failure ? (
          <Alert tone="danger">
            {failure === 'FORBIDDEN'
              ? tErrors('forbidden')
              : failure === 'NOT_FOUND'
                ? tErrors('notFound')
                : failure === 'BAD_REQUEST'
                  ? t('errors.until')
                  : t('errors.failed')}
          </Alert>
        ) : null}
        {lifting ? null : (
          <>
            <SelectField
              id={`${PIN_FORM}-tier`}
              label={t('tier')}
              value={tierId}
              onChange={(event) => setTierId(event.target.value)}
              options={options}
            />
            <ProgrammeDateField
              id={`${PIN_FORM}-until`}
              label={t('until')}
              type="date"
              min={tomorrowIn(PROGRAMME_TIME_ZONE)}
              required
              value={until}
              onChange={(event) => setUntil(event.target.value)}
              hint={t('untilHint')}
              error={errors.until ? t('errors.until') : undefined}
            />
          </>
        )}
        <TextAreaField
          id={`${PIN_FORM}-reason`}
          label={t('reason')}
          rows={3}
          maxLength={500}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint={t('reasonHint')}
          error={errors.reason ? t('errors.reason') : undefined}
        />
      </form>
    </Dialog>
  );
};

const Figure = ({
  label,
  testId,
  value,
  detail,
}: {
  label: string;
  testId: string;
  value: string;
  detail?: string;
}) => (
  <div className="flex min-w-0 flex-col gap-0.5 rounded-control bg-surface-muted px-3 py-2">
    <dt className="text-sm text-ink-muted">{label}</dt>
    <dd className="font-semibold tabular-nums" data-testid={testId}>
      {value}
    </dd>
    {detail ? <dd className="text-sm text-ink-muted">{detail}</dd> : null}
  </div>
);

/**
 * Where the customer stands on the ladder: their tier, the figure it is measured on, what the
 * next tier needs, a coming downgrade or a pin, every change of tier; staff who may pin a tier
 * do it here.
 */
export const CustomerTier = ({
  customerId,
  customerName,
}: {
  customerId: string;
  customerName: string;
}) => {
  const t = useTranslations('customer.tier');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const trpc = useTRPC();
  const canPin = useCan('tiers:pin');
  const figureText = useTierFigure();
  const status = useQuery(trpc.customers.tier.queryOptions({ customerId }));
  const [dialog, setDialog] = useState<'pin' | 'lift' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = status.data;

  const columns = useMemo(() => {
    // History names the tiers in English: the ladder has their French names.
    const named = (tier: { code: string; name: string }) => {
      const onLadder = data?.ladder.find((rung) => rung.code === tier.code);
      return onLadder ? tierNameIn(onLadder, locale) : tier.name;
    };
    const metric = data?.metric ?? 'POINTS_EARNED';
    return [
      column.accessor('createdAt', {
        header: t('history.date'),
        cell: (info) => <DateTime value={info.getValue()} className="whitespace-nowrap" />,
      }),
      column.accessor((change) => change.to.code, {
        id: 'change',
        header: t('history.change'),
        cell: (info) => {
          const { from, to } = info.row.original;
          return (
            <span className="whitespace-nowrap">
              {from ? named(from) : <span className="text-ink-muted">{t('history.joined')}</span>}
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> {t('history.to')} </span>
              <span className="font-semibold">{named(to)}</span>
            </span>
          );
        },
      }),
      column.accessor('reason', {
        header: t('history.reason'),
        cell: (info) => (
          <Badge tone={info.getValue() === 'PINNED' ? 'info' : 'neutral'}>
            {t(`reasons.${info.getValue()}`)}
          </Badge>
        ),
      }),
      column.accessor('qualifyingFigure', {
        header: t('history.figure'),
        meta: { align: 'end' },
        cell: (info) => (
          <span className="whitespace-nowrap tabular-nums">
            {figureText(info.getValue(), metric)}
          </span>
        ),
      }),
    ];
  }, [t, locale, data, figureText]);

  if (status.error)
    return (
      <Card title={t('title')} data-testid="customer-tier">
        <QueryError error={status.error} onRetry={() => status.refetch()} />
      </Card>
    );
  if (!data)
    return (
      <Card title={t('title')} data-testid="customer-tier" aria-busy="true">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-7 w-32" />
          <div className="grid gap-2 sm:grid-cols-2">
            <Skeleton className="h-18 w-full" />
            <Skeleton className="h-18 w-full" />
          </div>
          <Skeleton className="h-24 w-full" />
        </div>
      </Card>
    );

  const date = (value: Date) => formatDateTime(value, locale, 'date', timeZone);
  const { current, next, metric, figure, windowMonths, downgradeOn, pinnedUntil } = data;
  const below = [...data.ladder].reverse().find((tier) => tier.rank < current.rank);
  const keepMissing = Math.max(0, current.threshold - figure);

  return (
    <Card
      title={t('title')}
      data-testid="customer-tier"
      data-tier={current.code}
      actions={
        canPin ? (
          <div className="flex flex-wrap gap-2">
            {pinnedUntil ? (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setDone(null);
                  setDialog('lift');
                }}
              >
                {t('pin.lift')}
              </Button>
            ) : null}
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                setDone(null);
                setDialog('pin');
              }}
            >
              {t('pin.open')}
            </Button>
          </div>
        ) : null
      }
    >
      <div className="flex flex-col gap-4">
        {done ? <Alert tone="success" title={done} /> : null}
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink-muted">{t('current')}</span>
          <TierBadge
            tier={current}
            className="text-base"
            data-testid="customer-tier-current"
            data-value={current.code}
          />
        </p>
        <dl className="grid gap-2 sm:grid-cols-2">
          <Figure
            label={t(`figure.${metric}`, { months: windowMonths })}
            testId="customer-tier-figure"
            value={figureText(figure, metric)}
          />
          <Figure
            label={t('next')}
            testId="customer-tier-next"
            value={next ? tierNameIn(next.tier, locale) : t('top')}
            detail={
              next
                ? t('missing', {
                    amount: figureText(next.missing, metric),
                    tier: tierNameIn(next.tier, locale),
                  })
                : t('topHint')
            }
          />
        </dl>
        {next ? (
          <ProgressBar
            value={figure}
            max={next.tier.threshold}
            label={t('progress', { tier: tierNameIn(next.tier, locale) })}
            valueText={t('progressValue', {
              figure: figureText(figure, metric),
              threshold: figureText(next.tier.threshold, metric),
            })}
          />
        ) : null}
        {downgradeOn ? (
          <Alert
            tone="warning"
            title={t('downgrade', {
              tier: below ? tierNameIn(below, locale) : '—',
              date: date(downgradeOn),
            })}
          >
            {keepMissing > 0
              ? t('downgradeHint', {
                  current: tierNameIn(current, locale),
                  missing: figureText(keepMissing, metric),
                })
              : t('downgradeCleared', { current: tierNameIn(current, locale) })}
          </Alert>
        ) : null}
        {pinnedUntil ? (
          <Alert tone="info" title={t('pinned', { date: date(pinnedUntil) })}>
            {t('pinnedHint')}
          </Alert>
        ) : null}
        <div className="flex flex-col gap-2">
          <h3 className="text-base font-semibold text-ink">{t('history.title')}</h3>
          <div data-testid="customer-tier-history">
            <DataTable
              caption={t('history.title')}
              columns={columns}
              rows={data.history}
              rowKey={(row) => row.id}
              skeletonRows={2}
              empty={<EmptyState title={t('history.empty')} description={t('history.emptyHint')} />}
            />
          </div>
        </div>
      </div>
      {canPin ? (
        <PinDialog
          key={`${dialog ?? 'closed'}-${current.id}`}
          mode={dialog}
          status={data}
          customerId={customerId}
          customerName={customerName}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setDone(message);
          }}
        />
      ) : null}
    </Card>
  );
};
