'use client';

import {
  Alert,
  Button,
  buttonStyles,
  Dialog,
  formatDateTime,
  Skeleton,
  useFormatSettings,
} from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { rewardClaimErrorKey } from './claim-error.ts';
import { CodeText } from './code-text.tsx';
import { type Discount, useDiscountWords } from './discount-words.ts';
import type { CatalogReward } from './reward-standing.ts';

/** A code just issued by a claim (a reward's or an offer's), as the portal receives it. */
export type IssuedCode = { code: string; formatted: string; discount: Discount; validUntil: Date };

export type IssuedCodeDialogProps = {
  open: boolean;
  onClose: () => void;
  code: IssuedCode;
  /** What the code was claimed for (an offer's title), said before its terms. */
  name?: string;
  /** More to say under the code (the new balance after spending points). */
  children?: ReactNode;
  /** Test id of the block that shows the code. */
  testId?: string;
};

/**
 * A code shown the moment it is issued: to copy, with what it gives, where and until when it
 * works, and the way to My codes where it waits afterwards.
 */
export const IssuedCodeDialog = ({
  open,
  onClose,
  code,
  name,
  children,
  testId,
}: IssuedCodeDialogProps) => {
  const t = useTranslations('issuedCode');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const words = useDiscountWords();
  const what = name ? words.beyondName(name, code.discount) : words.what(code.discount);
  const minBasket = words.minBasket(code.discount);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('title')}
      description={t('body')}
      actions={
        <>
          <Link href="/codes" className={buttonStyles({ variant: 'secondary' })}>
            {t('seeCodes')}
          </Link>
          <Button onClick={onClose} autoFocus>
            {t('done')}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-2" data-testid={testId}>
        <CodeText
          code={code.code}
          formatted={code.formatted}
          label={t('codeLabel')}
          copyLabels={{ copy: t('copy'), copied: t('copied') }}
        />
        <p className="text-sm">
          {[name, what].map((part) =>
            part ? (
              <Fragment key={part}>
                <span className="font-semibold">{part}</span>
                {' · '}
              </Fragment>
            ) : null,
          )}
          {words.validWhere(code.discount)}
          {minBasket ? ` · ${minBasket}` : null}
        </p>
        <p className="text-sm text-ink-muted">
          {t('validUntil', { date: formatDateTime(code.validUntil, locale, 'long', timeZone) })}
        </p>
        {children}
      </div>
    </Dialog>
  );
};

export type ClaimDialogProps = {
  /** The reward being claimed; none closes the dialog. */
  reward: CatalogReward | undefined;
  balance: number;
  onClose: () => void;
};

/**
 * Asks before spending points, then shows the new code at once. A refusal (a race on the last
 * points or the last code) is explained, and the catalog behind is refreshed to the truth.
 */
export const ClaimDialog = ({ reward, balance, onClose }: ClaimDialogProps) => {
  const t = useTranslations('rewards');
  const locale = useLocale();
  const words = useDiscountWords();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.me.queryOptions());
  const claim = useMutation(
    trpc.rewards.claim.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.rewards.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.me.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.codes.pathKey() }),
        ]),
    }),
  );
  const close = () => {
    onClose();
    claim.reset();
  };

  if (claim.isSuccess)
    return (
      <IssuedCodeDialog open={Boolean(reward)} onClose={close} code={claim.data}>
        <p className="font-semibold" aria-live="polite">
          {me.data && !me.isFetching ? (
            t('newBalance', { count: me.data.pointsBalance })
          ) : (
            <Skeleton className="h-6 w-40" />
          )}
        </p>
      </IssuedCodeDialog>
    );

  const minBasket = reward && words.minBasket(reward.discount);
  return (
    <Dialog
      open={Boolean(reward)}
      onClose={close}
      role="alertdialog"
      title={
        reward
          ? t('confirmTitle', {
              cost: reward.pointsCost,
              discount: words.what(reward.discount, { inSentence: true }),
            })
          : ''
      }
      description={
        reward && !claim.isError
          ? t('confirmBalance', { before: balance, after: balance - reward.pointsCost })
          : undefined
      }
      actions={
        claim.isError ? (
          <Button variant="secondary" onClick={close} autoFocus>
            {t('close')}
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={close} disabled={claim.isPending}>
              {t('cancel')}
            </Button>
            <Button
              loading={claim.isPending}
              onClick={() => reward && claim.mutate({ rewardId: reward.id })}
            >
              {t('confirm')}
            </Button>
          </>
        )
      }
    >
      {reward ? (
        <p className="text-sm">
          <span className="font-semibold">{reward.name[locale]}</span>
          {' · '}
          {words.where(reward.discount)}
          {minBasket ? ` · ${minBasket}` : null}
        </p>
      ) : null}
      {claim.isError ? (
        <Alert tone="danger">{t(`errors.${rewardClaimErrorKey(claim.error)}`)}</Alert>
      ) : null}
    </Dialog>
  );
};
