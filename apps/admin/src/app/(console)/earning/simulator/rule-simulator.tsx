'use client';

import {
  Alert,
  Button,
  Card,
  EmptyState,
  SelectField,
  Spinner,
  TextAreaField,
  TextField,
  tierNameIn,
} from '@fidele/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { ProgrammeDateField } from '@/components/programme-date-field.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { parseAmount, programmeDateTime, readDateTime } from '@/lib/form-reading.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs } from '@/trpc/types.ts';
import { parseBasketLines } from './basket-lines.ts';

type SimulateInput = StaffInputs['earnRules']['simulate'];

/** A basket typed in, run through the rules in force: each rule's points, then the total. */
export const RuleSimulator = () => {
  const t = useTranslations('simulator');
  const locale = useLocale();
  const tChannel = useTranslations('channels');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const shops = useQuery(trpc.purchases.shops.queryOptions());
  const [input, setInput] = useState<SimulateInput | null>(null);
  const [customerName, setCustomerName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const result = useQuery({
    ...trpc.earnRules.simulate.queryOptions(input!),
    enabled: input !== null,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const amount = parseAmount(text('amount'), 'EUR');
    if (Number.isNaN(amount)) return setProblem(t('errors.amount'));
    const basket = parseBasketLines(text('lines'), 'EUR');
    if ('badLines' in basket)
      return setProblem(t('errors.lines', { lines: basket.badLines.join(', ') }));
    let customerId: string | undefined;
    setCustomerName(null);
    if (text('customer')) {
      const found = await queryClient.fetchQuery(
        trpc.customers.list.queryOptions({ query: text('customer'), pageSize: 1 }),
      );
      const customer = found.items[0];
      if (!customer) return setProblem(t('errors.customer'));
      customerId = customer.id;
      setCustomerName(
        `${customer.firstName} ${customer.lastName ?? ''} · ${tierNameIn(customer.tier, locale)}`.trim(),
      );
    }
    setProblem(null);
    setInput({
      channel: text('channel') === 'ESHOP' ? 'ESHOP' : 'STORE',
      shopId: text('shop') || undefined,
      amount,
      currency: 'EUR',
      occurredAt: text('occurredAt') ? readDateTime(text('occurredAt')) : new Date(),
      lines: basket.lines,
      customerId,
    });
  };

  const data = result.data;
  return (
    <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_28rem]">
      <Card title={t('basket')}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          {problem ? <Alert tone="danger">{problem}</Alert> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label={t('channel')}
              name="channel"
              options={(['STORE', 'ESHOP'] as const).map((c) => ({ value: c, label: tChannel(c) }))}
            />
            <SelectField
              label={t('shop')}
              name="shop"
              options={[
                { value: '', label: t('anyShop') },
                ...(shops.data?.shops ?? []).map((shop) => ({ value: shop.id, label: shop.name })),
              ]}
            />
            <TextField
              label={t('amount')}
              name="amount"
              inputMode="decimal"
              hint={t('amountHint')}
              required
            />
            <ProgrammeDateField
              label={t('occurredAt')}
              name="occurredAt"
              defaultValue={programmeDateTime(new Date())}
            />
            <TextField
              label={t('customer')}
              name="customer"
              hint={t('customerHint')}
              className="sm:col-span-2"
            />
          </div>
          <TextAreaField label={t('lines')} name="lines" rows={5} hint={t('linesHint')} />
          <Button type="submit" className="self-start">
            {t('run')}
          </Button>
        </form>
      </Card>
      <Card title={t('result')}>
        {input === null ? (
          <EmptyState title={t('empty.title')} description={t('empty.description')} />
        ) : result.error ? (
          <QueryError error={result.error} onRetry={() => result.refetch()} />
        ) : !data ? (
          <Spinner label={t('running')} />
        ) : (
          <div className="flex flex-col gap-4" aria-live="polite">
            {customerName ? (
              <p className="text-sm">{t('forCustomer', { name: customerName })}</p>
            ) : null}
            <ol className="flex flex-col divide-y divide-border">
              {data.lines.map((line, index) => (
                <li
                  key={index}
                  data-testid="simulated-line"
                  className="flex justify-between gap-3 py-2"
                >
                  <span>
                    <span className="block font-medium">
                      {line.step === 'TIER' ? t('tier') : line.label}
                    </span>
                    <span className="text-sm text-ink-muted">{t(`steps.${line.step}`)}</span>
                  </span>
                  <span className="font-semibold tabular-nums">
                    {t('points', { points: line.points })}
                  </span>
                </li>
              ))}
            </ol>
            {data.lines.length === 0 ? (
              <p className="text-sm text-ink-muted">{t('noRule')}</p>
            ) : null}
            <p className="flex justify-between border-t-2 border-ink pt-2 text-lg font-bold">
              <span>{t('total')}</span>
              <span data-testid="simulated-points">
                {t('totalPoints', { points: data.points })}
              </span>
            </p>
            {data.liveRules.some((rule) => rule.points === 0) ? (
              <p className="text-sm text-ink-muted">
                {t('idle', {
                  rules: data.liveRules
                    .filter((rule) => rule.points === 0)
                    .map((rule) => rule.name)
                    .join(', '),
                })}
              </p>
            ) : null}
            <p className="text-sm text-ink-muted">{t('rounding')}</p>
          </div>
        )}
      </Card>
    </div>
  );
};
