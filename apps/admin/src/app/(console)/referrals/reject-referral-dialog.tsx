'use client';

import { referralDecisionInput } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { ReasonDialog } from '@/components/reason-dialog.tsx';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { decisionFailure, type ReferralOutcome, useReferralDecision } from './referral-decision.ts';

/** The held referral asked about, named by the friend and the member who referred; null: closed. */
export type ReferralToReject = { id: string; friend: string; referrer: string } | null;

/**
 * Asks why before rejecting a held referral (neither side is ever paid for it, and the member who
 * referred reads the reason), then rejects it. The server's refusal shows in the dialog.
 */
export const RejectReferralDialog = ({
  referral,
  onClose,
  onDone,
}: {
  referral: ReferralToReject;
  onClose: () => void;
  onDone: (outcome: ReferralOutcome) => void;
}) => {
  const t = useTranslations('referrals.rejectDialog');
  const tFailure = useTranslations('referrals.failures');
  const reject = useReferralDecision();
  const close = () => {
    reject.reset();
    onClose();
  };
  const inputFor = (reason: string) => ({
    id: referral?.id ?? '',
    decision: 'REJECT' as const,
    reason,
  });
  return (
    <ReasonDialog
      open={referral !== null}
      title={t('title', { friend: referral?.friend ?? '' })}
      description={t('description', { referrer: referral?.referrer ?? '' })}
      labels={{
        reason: t('reason'),
        hint: t('reasonHint'),
        error: t('reasonError'),
        cancel: t('cancel'),
        confirm: t('confirm'),
      }}
      busy={reject.isPending}
      reasonRefused={serverFieldErrors(reject.error).includes('reason')}
      failure={reject.error ? tFailure(decisionFailure(reject.error)) : null}
      // The procedure's own schema says whether the reason will do, before anything is sent.
      accepts={(reason) =>
        !referralDecisionInput
          .safeParse(inputFor(reason))
          .error?.issues.some((issue) => issue.path[0] === 'reason')
      }
      onConfirm={(reason) => {
        if (!referral) return;
        const friend = referral.friend;
        reject.mutate(inputFor(reason), {
          onSuccess: (result) => {
            close();
            onDone({ friend, status: result.status });
          },
        });
      }}
      onClose={close}
    />
  );
};
