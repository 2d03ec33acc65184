'use client';

import { Alert, Card, DateTime, formatDateTime, Skeleton, useFormatSettings } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import {
  CONSENT_KINDS,
  type ConsentChange,
  consentChangeKey,
  consentErrorKey,
  type ConsentKind,
  consentKindOf,
  consentLocked,
  consentSourceKey,
  type CustomerConsents,
} from './consent-view.ts';
import { QueryError } from './query-error.tsx';

/**
 * One channel's checkbox: ticking or unticking it saves at once, with nothing to confirm, so that
 * withdrawing is exactly as easy as giving. The words she agrees to are under it, and describe it.
 */
const ConsentSwitch = ({
  kind,
  consent,
  hasPhone,
}: {
  kind: ConsentKind;
  consent: CustomerConsents[ConsentKind];
  hasPhone: boolean;
}) => {
  const t = useTranslations('consents');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  // What she asked for, from her click until the save settles: set in the click itself, so the
  // box never flips back while the request starts.
  const [asked, setAsked] = useState<boolean | null>(null);
  const change = useMutation(
    trpc.profile.setConsents.mutationOptions({
      // The answer is her consents after the change, history included: the card shows them at once.
      onSuccess: (saved) => queryClient.setQueryData(trpc.profile.consents.queryKey(), saved),
      // Refused (a phone removed meanwhile, say): the card says the truth again.
      onError: () => queryClient.invalidateQueries({ queryKey: trpc.profile.consents.queryKey() }),
      onSettled: () => setAsked(null),
    }),
  );

  const locked = consentLocked(kind, consent, hasPhone);
  // While it saves, the box shows what she asked for; a second click waits for the first.
  const checked = asked ?? consent.given;
  const textId = `${id}-text`;
  const sinceId = `${id}-since`;
  const hintId = `${id}-hint`;
  const since = consent.given && consent.since ? consent.since : null;

  return (
    <div className="flex flex-col gap-2" data-testid={`consent-${kind}`}>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          name={`consent-${kind}`}
          checked={checked}
          disabled={locked}
          aria-describedby={[textId, since ? sinceId : null, locked ? hintId : null]
            .filter(Boolean)
            .join(' ')}
          aria-busy={change.isPending || undefined}
          onChange={(event) => {
            if (asked !== null) return;
            setAsked(event.target.checked);
            change.mutate({ [kind]: event.target.checked });
          }}
          className="mt-0.5 size-6 shrink-0 cursor-pointer accent-brand-700 disabled:cursor-not-allowed"
        />
        <div className="flex min-w-0 flex-col gap-1">
          <label
            htmlFor={id}
            className={
              locked ? 'font-medium text-ink-muted' : 'cursor-pointer font-medium text-ink'
            }
          >
            {t(`${kind}.label`)}
          </label>
          <p id={textId} className="text-sm break-words text-ink-muted">
            {consent.text}
          </p>
          {since ? (
            <p id={sinceId} className="text-sm font-medium text-success-700">
              {t('givenOn', { date: formatDateTime(since, locale, 'long', timeZone) })}
            </p>
          ) : null}
          {locked ? (
            <p id={hintId} className="text-sm font-medium text-ink">
              {t('smsNeedsPhoneHint')}
            </p>
          ) : null}
        </div>
      </div>
      {change.isError ? (
        <Alert tone="danger">{t(`errors.${consentErrorKey(change.error)}`)}</Alert>
      ) : null}
      {/* Always there, empty until a change: screen readers hear what the change means. */}
      <div role="status" aria-live="polite" data-testid={`consent-${kind}-status`}>
        {change.isSuccess ? (
          <p className="rounded-control bg-success-50 px-3 py-2 text-sm font-semibold text-success-700">
            {t(`result.${consentChangeKey(kind, change.data[kind].given)}`)}
          </p>
        ) : null}
      </div>
    </div>
  );
};

/** One change in her history: which channel, given or withdrawn, when, where, and the words. */
const HistoryEntry = ({ change }: { change: ConsentChange }) => {
  const t = useTranslations('consents.history');
  return (
    <li
      className="flex flex-col gap-1 py-3"
      data-testid="consent-change"
      data-channel={change.channel}
      data-given={change.given}
      data-source={change.source}
    >
      <p className="font-semibold text-ink">
        {t(`change.${consentChangeKey(consentKindOf(change.channel), change.given)}`)}
      </p>
      <p className="text-sm text-ink-muted">
        <DateTime value={change.createdAt} format="dateTime" />
        {' · '}
        {t('where', { source: t(`sources.${consentSourceKey(change.source)}`) })}
      </p>
      <p className="text-sm break-words text-ink-muted">
        <span className="font-medium text-ink">{t('wording')}</span> {change.text}
      </p>
    </li>
  );
};

/** Every change of her consents, the latest first, folded away until she opens it. */
const ConsentHistory = ({ history }: { history: CustomerConsents['history'] }) => {
  const t = useTranslations('consents.history');
  return (
    <details className="rounded-control border border-border" data-testid="consent-history">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-medium text-brand-800">
        {t('title')}
      </summary>
      <div className="border-t border-border px-4">
        {history.length === 0 ? (
          <p className="py-3 text-sm text-ink-muted">{t('empty')}</p>
        ) : (
          <ol className="divide-y divide-border" data-testid="consent-history-list">
            {history.map((change) => (
              <HistoryEntry key={change.id} change={change} />
            ))}
          </ol>
        )}
      </div>
    </details>
  );
};

/**
 * The profile's "Messages from us" card: whether we may send her offers by email and by text
 * message, in the words she agrees to, and the history of her choices.
 */
export const ConsentSettings = () => {
  const t = useTranslations('consents');
  const trpc = useTRPC();
  const consents = useQuery(trpc.profile.consents.queryOptions());
  const titleId = useId();

  const body = () => {
    if (consents.isPending)
      return (
        <div className="flex flex-col gap-4" aria-busy="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-16 w-full" />
          ))}
        </div>
      );
    if (consents.isError) return <QueryError onRetry={() => consents.refetch()} />;
    return (
      <>
        <div className="flex flex-col gap-5">
          {CONSENT_KINDS.map((kind) => (
            <ConsentSwitch
              key={kind}
              kind={kind}
              consent={consents.data[kind]}
              hasPhone={consents.data.hasPhone}
            />
          ))}
        </div>
        <ConsentHistory history={consents.data.history} />
      </>
    );
  };

  return (
    <Card
      as="section"
      className="flex flex-col gap-4"
      aria-labelledby={titleId}
      data-testid="consent-settings"
    >
      <div>
        <h2 id={titleId} className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t('intro')}</p>
      </div>
      {body()}
    </Card>
  );
};
