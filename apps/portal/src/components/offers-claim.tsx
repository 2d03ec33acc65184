'use client';

import { Alert, Button, Dialog } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { IssuedCodeDialog } from './claim-dialog.tsx';
import { offerClaimErrorKey } from './claim-error.ts';
import type { CustomerOffer } from './offer-view.ts';

const useClaimMutation = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.offers.claim.mutationOptions({
      // The list behind says the truth afterwards (uses left, used up), and My codes has the code.
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.codes.pathKey() }),
        ]),
    }),
  );
};

/**
 * Claiming an offer: one tap issues the code (an offer costs nothing, so there is nothing to
 * confirm) and the code shows at once; a refusal is explained in words of ours.
 */
export const useOfferClaim = () => {
  const t = useTranslations('offers');
  const locale = useLocale();
  const claim = useClaimMutation();
  const [offer, setOffer] = useState<CustomerOffer>();
  const close = () => {
    setOffer(undefined);
    claim.reset();
  };
  const code = claim.data?.code;

  return {
    claim: (next: CustomerOffer) => {
      setOffer(next);
      claim.mutate({ offerId: next.id });
    },
    /** The offer whose code is on its way, if any (one claim at a time). */
    claimingId: claim.isPending ? claim.variables.offerId : undefined,
    dialog:
      offer && code ? (
        <IssuedCodeDialog
          open
          onClose={close}
          code={code}
          name={offer.title[locale]}
          testId="offer-code"
        />
      ) : (
        <Dialog
          open={Boolean(offer) && claim.isError}
          onClose={close}
          title={offer?.title[locale] ?? ''}
          actions={
            <Button variant="secondary" onClick={close} autoFocus>
              {t('close')}
            </Button>
          }
        >
          {claim.isError ? (
            <Alert tone="danger">{t(`errors.${offerClaimErrorKey(claim.error)}`)}</Alert>
          ) : null}
        </Dialog>
      ),
  };
};
