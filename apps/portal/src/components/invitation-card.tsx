'use client';

import {
  Alert,
  Badge,
  Button,
  buttonStyles,
  classNames,
  formatDateTime,
  QrCode,
  useFormatSettings,
} from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import {
  accepts,
  answerErrorKey,
  answerResultKey,
  type CustomerInvitation,
  eventWords,
  formatEventDates,
  invitationActions,
  invitationLine,
  opensOnline,
  isPast,
  showsPass,
  warnsFull,
} from './invitation-view.ts';

const useAnswer = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.invitations.answer.mutationOptions({
      // Refused or not, the list says the truth afterwards (the places left, an event now over).
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.invitations.pathKey() }),
    }),
  );
};

/** Where the event takes place: the shop and its city, or online. */
const useWhere = () => {
  const t = useTranslations('invitations');
  return (shop: CustomerInvitation['privateSale']['shop']) => {
    if (!shop) return t('online');
    return shop.city ? t('shopInCity', { shop: shop.name, city: shop.city }) : shop.name;
  };
};

/** Her pass at the door: the QR code of her invitation, and its code written out under it. */
const Pass = ({ code }: { code: string }) => {
  const t = useTranslations('invitations');
  return (
    <div className="mt-3 flex flex-col items-center gap-2 rounded-control border border-border bg-white p-3 text-ink">
      <QrCode value={code} label={t('qrLabel', { code })} className="size-48" />
      <div className="text-center">
        <p className="text-xs font-medium text-ink-muted">{t('codeLabel')}</p>
        <p
          data-testid="invitation-code"
          className="font-mono text-lg font-bold tracking-wider break-all select-all"
        >
          {code}
        </p>
      </div>
      <p className="text-center text-sm text-ink-muted">{t('passHint')}</p>
    </div>
  );
};

/**
 * One invitation: what the event is, where and when, her answer, and what she can still answer.
 * Once she has a place, the QR code she shows at the shop's door. An event that is over is shown
 * without buttons.
 */
export const InvitationCard = ({ invitation }: { invitation: CustomerInvitation }) => {
  const t = useTranslations('invitations');
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  const where = useWhere();
  const headingId = useId();
  const hintId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answer = useAnswer();

  const sale = invitation.privateSale;
  const { name, text } = eventWords(sale, locale);
  const past = isPast(sale.phase);
  const line = invitationLine(invitation);
  const actions = invitationActions(invitation);
  const hint = (() => {
    if (warnsFull(invitation)) return t('fullNotice');
    if (line === 'waitlisted') return t('waitlistHint');
    if (line === 'accepted') return t('declineHint');
    if (line === 'offered')
      return t('offerHint', {
        time: formatDateTime(invitation.offerExpiresAt!, locale, 'dateTime', timeZone),
      });
    return undefined;
  })();

  // The button she pressed may be gone once the list is refreshed (Accept gives way to Decline):
  // her focus then goes back to the card's heading instead of the top of the page.
  const settled = answer.isSuccess || answer.isError;
  useEffect(() => {
    if (!settled) return;
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [settled]);

  return (
    <article
      data-testid="invitation-card"
      data-status={invitation.status}
      data-phase={sale.phase}
      aria-labelledby={headingId}
      className={classNames(
        'flex flex-col gap-3 rounded-card p-4 shadow-card sm:p-5',
        past ? 'bg-surface-muted' : 'bg-surface',
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          className={classNames('text-lg font-bold', past ? 'text-ink-muted' : 'text-brand-900')}
        >
          {name}
        </h3>
        <div className="flex flex-wrap gap-2">
          <Badge tone={past ? 'neutral' : 'brand'}>{t(`kinds.${sale.kind}`)}</Badge>
          {sale.phase === 'live' ? <Badge tone="success">{t('live')}</Badge> : null}
        </div>
      </div>
      {text ? (
        <p className="text-sm break-words whitespace-pre-line text-ink-muted">{text}</p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>{formatEventDates(sale.startsAt, sale.endsAt, locale, timeZone)}</dd>
        <dt className="font-semibold">{t('where')}</dt>
        <dd>{where(sale.shop)}</dd>
      </dl>
      {/* No gap between these: the result's region is there empty, for screen readers to hear it. */}
      <div className="mt-auto border-t border-border pt-3">
        <p
          data-testid="invitation-status"
          className={classNames(
            'font-semibold',
            (line === 'accepted' || line === 'offered') && 'text-success-700',
          )}
        >
          {line === 'checkedIn'
            ? t('status.checkedIn', {
                time: invitation.checkedInAt
                  ? formatDateTime(invitation.checkedInAt, locale, 'dateTime', timeZone)
                  : '',
              })
            : t(`status.${line}`)}
        </p>
        {showsPass(invitation) ? <Pass code={invitation.code} /> : null}
        {opensOnline(invitation) ? (
          <Link
            href={`/invitations/${invitation.id}/access`}
            className={classNames(buttonStyles({ size: 'sm' }), 'mt-3')}
          >
            {t('openAccess')}
          </Link>
        ) : null}
        {hint ? (
          <p id={hintId} className="mt-2 text-sm text-ink-muted">
            {hint}
          </p>
        ) : null}
        {answer.isError ? (
          <Alert tone="danger" className="mt-3">
            {t(`errors.${answerErrorKey(answer.error)}`)}
          </Alert>
        ) : null}
        <div role="status" aria-live="polite" data-testid="invitation-result">
          {answer.isSuccess ? (
            <p className="mt-3 rounded-control bg-success-50 px-3 py-2 text-sm font-semibold text-success-700">
              {t(`result.${answerResultKey(answer.data.status)}`, { name })}
            </p>
          ) : null}
        </div>
        {actions.length ? (
          <div className="mt-3 flex flex-wrap gap-2">
            {actions.map((action) => (
              <Button
                key={action}
                size="sm"
                variant={action === 'accept' || action === 'confirm' ? 'primary' : 'secondary'}
                loading={answer.isPending && answer.variables.accept === accepts(action)}
                disabled={answer.isPending}
                aria-describedby={hint ? `${headingId} ${hintId}` : headingId}
                onClick={() =>
                  answer.mutate({ invitationId: invitation.id, accept: accepts(action) })
                }
              >
                {t(action)}
              </Button>
            ))}
          </div>
        ) : null}
      </div>
    </article>
  );
};
