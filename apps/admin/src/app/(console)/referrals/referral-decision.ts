'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorKey } from '@/components/query-error.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';

/** What a decision did: whose referral, and the status it has now. */
export type ReferralOutcome = {
  friend: string;
  status: StaffOutputs['referrals']['decide']['status'];
};

/**
 * Approves or rejects a held referral, then refreshes the list (its counts too) and the audit
 * log before the caller hears of it (`mutate`'s own `onSuccess`). A refusal refreshes the list as
 * well: the usual one is a referral another admin decided meanwhile.
 */
export const useReferralDecision = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.referrals.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
  return useMutation(
    trpc.referrals.decide.mutationOptions({ onSuccess: refresh, onError: refresh }),
  );
};

/** The message key (under `referrals.failures`) of a refused decision. */
export const decisionFailure = (error: unknown): string => {
  switch (saveFailure(error)?.appCode) {
    case 'referral_not_held':
      return 'notHeld';
    case 'referral_not_found':
      return 'notFound';
  }
  return errorKey(error) === 'forbidden' ? 'forbidden' : 'failed';
};
