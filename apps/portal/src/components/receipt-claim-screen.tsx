'use client';

import { Alert, Button, buttonStyles, Card, DateTime, Money, Points, TextField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { receiptClaimErrorKey } from './receipt-claim-error.ts';

/**
 * A purchase made without the card earns its points later, from the code printed on the receipt.
 * A refusal is explained in words the customer can act on; the balance and history refresh on
 * success.
 */
export const ReceiptClaimScreen = () => {
  const t = useTranslations('receipts');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const claim = useMutation(
    trpc.receipts.claim.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.me.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.movements.pathKey() }),
        ]),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!code.trim());
    if (code.trim()) claim.mutate({ code });
  };
  const again = () => {
    setCode('');
    claim.reset();
  };

  return (
    <div className="flex max-w-xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <Card as="div" className="flex flex-col gap-4">
        {claim.isSuccess ? (
          <>
            <Alert tone="success" title={t('successTitle')}>
              <p data-testid="receipt-points-earned">
                {t('successBody', { count: claim.data.pointsEarned })}
              </p>
              <p className="mt-1">
                <Money
                  amount={claim.data.purchase.amount}
                  currency={claim.data.purchase.currency}
                />
                {' · '}
                {claim.data.purchase.shopName}
                {' · '}
                <DateTime value={claim.data.purchase.occurredAt} format="date" />
              </p>
            </Alert>
            <p className="text-lg font-semibold" aria-live="polite">
              {t('newBalance')}{' '}
              <Points value={claim.data.pointsBalance} data-testid="receipt-new-balance" />{' '}
              {tc('points', { count: claim.data.pointsBalance })}
            </p>
            <div className="flex flex-wrap gap-3">
              <Button variant="secondary" onClick={again}>
                {t('claimAnother')}
              </Button>
              <Link href="/history" className={buttonStyles({ variant: 'secondary' })}>
                {t('seeHistory')}
              </Link>
            </div>
          </>
        ) : (
          <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
            <TextField
              label={t('codeLabel')}
              hint={t('codeHint')}
              name="code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              required
              error={
                missing
                  ? t('errors.missing')
                  : claim.isError
                    ? t(`errors.${receiptClaimErrorKey(claim.error)}`)
                    : undefined
              }
            />
            <Button type="submit" size="lg" fullWidth loading={claim.isPending}>
              {t('submit')}
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
};
