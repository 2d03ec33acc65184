'use client';

import { Alert, Button, DateTime, Dialog, Points, TextField } from '@fidele/ui';
import { mergeCandidateInput } from '@fidele/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { errorKey } from '@/components/query-error.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { CustomerDialogProps } from './customer-dialog.ts';

/** Why support cannot merge the account typed, in the dialog's words. */
const REFUSALS: Readonly<Record<string, string>> = {
  customer_not_found: 'notFound',
  merge_same_account: 'same',
  customer_merged: 'alreadyMerged',
  customer_erased: 'notFound',
};

const refusalKey = (error: unknown) =>
  REFUSALS[saveFailure(error)?.appCode ?? ''] ??
  (errorKey(error) === 'forbidden' ? 'forbidden' : 'failed');

type Person = { firstName: string; lastName: string | null };
const nameOf = (person: Person) => [person.firstName, person.lastName].filter(Boolean).join(' ');

/**
 * Support merges her other account into this one: finds it by its member code or email, shows
 * what it holds so she can confirm it is hers, then merges (irreversible, audited).
 */
export const MergeAccountDialog = ({ customerId, name, open, onClose }: CustomerDialogProps) => {
  const t = useTranslations('customer.merge');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [other, setOther] = useState('');
  const [invalid, setInvalid] = useState(false);
  const find = useMutation({
    mutationFn: (input: { customerId: string; other: string }) =>
      queryClient.fetchQuery(trpc.customers.mergeCandidate.queryOptions(input, { staleTime: 0 })),
  });
  const merge = useMutation(
    trpc.customers.merge.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
        close();
      },
    }),
  );
  const close = () => {
    setOther('');
    setInvalid(false);
    find.reset();
    merge.reset();
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = mergeCandidateInput.safeParse({ customerId, other });
    setInvalid(!parsed.success);
    merge.reset();
    if (parsed.success) find.mutate(parsed.data);
  };
  const candidate = find.data;
  const busy = find.isPending || merge.isPending;
  return (
    <Dialog
      open={open}
      onClose={() => !busy && close()}
      title={t('title', { name })}
      description={t('description')}
      role="alertdialog"
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextField
          label={t('other')}
          hint={t('otherHint')}
          name="other"
          autoComplete="off"
          value={other}
          onChange={(event) => {
            setOther(event.target.value);
            find.reset();
          }}
          error={
            invalid
              ? t('otherError')
              : find.error
                ? t(`refusals.${refusalKey(find.error)}`)
                : undefined
          }
        />
        <div className="flex justify-end">
          <Button type="submit" variant="secondary" loading={find.isPending}>
            {t('find')}
          </Button>
        </div>
      </form>
      {candidate ? (
        <div className="mt-4 flex flex-col gap-4" data-testid="merge-candidate">
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 rounded-lg bg-surface-muted p-4 text-sm">
            <dt className="text-ink-muted">{t('candidate.name')}</dt>
            <dd className="font-semibold">{nameOf(candidate)}</dd>
            <dt className="text-ink-muted">{t('candidate.email')}</dt>
            <dd className="break-all">{candidate.email}</dd>
            <dt className="text-ink-muted">{t('candidate.memberCode')}</dt>
            <dd className="font-mono">{candidate.memberCode}</dd>
            <dt className="text-ink-muted">{t('candidate.joined')}</dt>
            <dd>
              <DateTime value={candidate.createdAt} format="date" />
            </dd>
            <dt className="text-ink-muted">{t('candidate.points')}</dt>
            <dd>
              <Points value={candidate.pointsBalance} />
              {candidate.pendingPoints > 0
                ? ` ${t('candidate.pending', { points: candidate.pendingPoints })}`
                : null}
            </dd>
            <dt className="text-ink-muted">{t('candidate.tier')}</dt>
            <dd>{candidate.tier.name}</dd>
            <dt className="text-ink-muted">{t('candidate.purchases')}</dt>
            <dd>{candidate.purchases}</dd>
          </dl>
          <Alert tone="warning">{t('effects', { name })}</Alert>
          {merge.error ? (
            <Alert tone="danger">{t(`refusals.${refusalKey(merge.error)}`)}</Alert>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" disabled={busy} onClick={close}>
              {t('cancel')}
            </Button>
            <Button
              variant="danger"
              loading={merge.isPending}
              onClick={() => merge.mutate({ customerId, otherCustomerId: candidate.id })}
            >
              {t('confirm')}
            </Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
};

/**
 * Which accounts this one is merged with: the one it redirects to (nothing can be done on it any
 * more), or those merged into it.
 */
export const MergedAccounts = ({
  mergedInto,
  mergedAt,
  mergedFrom,
}: {
  mergedInto: (Person & { id: string; memberCode: string }) | null;
  mergedAt: Date | null;
  mergedFrom: (Person & { id: string; memberCode: string; email: string; mergedAt: Date | null })[];
}) => {
  const t = useTranslations('customer.merge');
  if (mergedInto)
    return (
      <div data-testid="customer-merged-into">
        <Alert tone="info" title={t('mergedIntoTitle')}>
          <p>
            {t.rich('mergedInto', {
              name: nameOf(mergedInto),
              link: (chunks) => (
                <Link
                  href={`/customers/${mergedInto.id}`}
                  className="font-semibold text-brand-800 underline"
                >
                  {chunks}
                </Link>
              ),
            })}{' '}
            {mergedAt ? <DateTime value={mergedAt} format="long" /> : null}
          </p>
          <p>{t('redirect')}</p>
        </Alert>
      </div>
    );
  if (mergedFrom.length === 0) return null;
  return (
    <div data-testid="customer-merged-from">
      <Alert tone="info" title={t('mergedFromTitle')}>
        <ul className="flex flex-col gap-1">
          {mergedFrom.map((account) => (
            <li key={account.id}>
              <Link
                href={`/customers/${account.id}`}
                className="font-mono text-brand-800 underline"
              >
                {account.memberCode}
              </Link>{' '}
              {account.email}
              {account.mergedAt ? (
                <>
                  {' — '}
                  <DateTime value={account.mergedAt} format="long" />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
};
