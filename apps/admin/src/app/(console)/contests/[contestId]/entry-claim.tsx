'use client';

import { Alert, Button } from '@fidele/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { CustomerLink, customerName } from '@/components/customer-link.tsx';
import { errorKey } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { useContestRefresh } from './use-contest-refresh.ts';

type Claimant = { id: string; firstName: string; lastName: string | null; memberCode: string };

/** The message key (under `contests.entries.claim.failures`) of a refused decision. */
const claimFailure = (error: unknown) => {
  switch ((error as { data?: { appCode?: string } } | null)?.data?.appCode) {
    case 'contest_entry_not_claimed':
    case 'contest_entry_not_found':
      return 'gone';
  }
  return errorKey(error) === 'forbidden' ? 'forbidden' : 'failed';
};

/**
 * A member who joined with this imported entry's handle: a handle typed at sign-up proves
 * nothing, so the moderator checks the account is hers (a message from it, say) and confirms,
 * giving her the entry with its points and prize, or refuses.
 */
export const EntryClaim = ({
  contestId,
  entryId,
  claimant,
}: {
  contestId: string;
  entryId: string;
  claimant: Claimant;
}) => {
  const t = useTranslations('contests.entries.claim');
  const trpc = useTRPC();
  const refresh = useContestRefresh();
  const decide = useMutation(trpc.contests.decideClaim.mutationOptions({ onSuccess: refresh }));
  const who = customerName(claimant);
  return (
    <span className="flex flex-col items-start gap-1 text-xs" data-testid="entry-claim">
      <span>
        {t('by')} <CustomerLink customer={claimant} />{' '}
        <span className="font-mono text-ink-muted">{claimant.memberCode}</span>
      </span>
      <span className="flex flex-wrap gap-1">
        <Button
          size="sm"
          variant="secondary"
          loading={decide.isPending && decide.variables.decision === 'CONFIRM'}
          disabled={decide.isPending}
          aria-label={t('confirmFor', { who })}
          onClick={() => decide.mutate({ contestId, entryId, decision: 'CONFIRM' })}
        >
          {t('confirm')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={decide.isPending}
          aria-label={t('refuseFor', { who })}
          onClick={() => decide.mutate({ contestId, entryId, decision: 'REFUSE' })}
        >
          {t('refuse')}
        </Button>
      </span>
      {decide.error ? (
        <Alert tone="danger">{t(`failures.${claimFailure(decide.error)}`)}</Alert>
      ) : null}
    </span>
  );
};
