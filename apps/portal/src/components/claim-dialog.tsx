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
import { useTRPC } from '../trpc/react.tsx';
import { claimErrorKey } from './claim-error.ts';
import { CodeText } from './code-text.tsx';
import { useDiscountWords } from './discount-words.ts';
import type { CatalogReward } from './reward-standing.ts';

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
  const { timeZone } = useFormatSettings();
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

  if (claim.isSuccess) {
    const code = claim.data;
    return (
      <Dialog
        open={Boolean(reward)}
        onClose={close}
        title={t('claimedTitle')}
        description={t('claimedBody')}
        actions={
          <>
            <Link href="/codes" className={buttonStyles({ variant: 'secondary' })}>
              {t('seeCodes')}
            </Link>
            <Button onClick={close} autoFocus>
              {t('done')}
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-2">
          <CodeText
            code={code.code}
            formatted={code.formatted}
            label={t('codeLabel')}
            copyLabels={{ copy: t('copy'), copied: t('copied') }}
          />
          <p className="text-sm">
            <span className="font-semibold">{words.what(code.discount)}</span>
            {' · '}
            {words.validWhere(code.discount)}
          </p>
          <p className="text-sm text-ink-muted">
            {t('validUntil', { date: formatDateTime(code.validUntil, locale, 'long', timeZone) })}
          </p>
          <p className="font-semibold" aria-live="polite">
            {me.data && !me.isFetching ? (
              t('newBalance', { count: me.data.pointsBalance })
            ) : (
              <Skeleton className="h-6 w-40" />
            )}
          </p>
        </div>
      </Dialog>
    );
  }

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
        <Alert tone="danger">{t(`errors.${claimErrorKey(claim.error)}`)}</Alert>
      ) : null}
    </Dialog>
  );
};
