'use client';

import { useMutation } from '@tanstack/react-query';
import { errorKey } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { useContestRefresh } from './use-contest-refresh.ts';

export type ModerationDecision = 'APPROVE' | 'REJECT';

/** What a moderation did: how many entries it changed, and how many were already so decided. */
export type ModerationOutcome = {
  decision: ModerationDecision;
  changed: number;
  unchanged: number;
};

/**
 * Approves or rejects entries, then refreshes what shows them: the contest (its counts), its
 * entries and its history; `onDone` hears what it did.
 */
export const useModeration = (onDone: (outcome: ModerationOutcome) => void) => {
  const trpc = useTRPC();
  const refresh = useContestRefresh();
  return useMutation(
    trpc.contests.moderate.mutationOptions({
      onSuccess: async (result, input) => {
        await refresh();
        onDone({ decision: input.decision, ...result });
      },
    }),
  );
};

/** The message key (under `contests.entries.failures`) of a refused moderation. */
export const moderationFailure = (error: unknown): string => {
  switch ((error as { data?: { appCode?: string } } | null)?.data?.appCode) {
    case 'contest_entry_points_taken_back':
      return 'pointsTakenBack';
    case 'contest_draw_frozen':
      return 'drawFrozen';
    case 'contest_entry_not_found':
    case 'contest_not_found':
      return 'notFound';
  }
  return errorKey(error) === 'forbidden' ? 'forbidden' : 'failed';
};
