'use client';

import { Button, classNames, ProgressBar, QrCode, Skeleton } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useCardToken } from './use-card-token.ts';

const STEP_SECONDS = 30;

/**
 * The white, scannable part of the member card: the QR of the rotating token with its countdown,
 * or, when there is no token the till would accept, why not.
 */
export const CardTokenPanel = ({ size }: { size: 'compact' | 'full' | 'cashier' }) => {
  const t = useTranslations('card');
  const tCommon = useTranslations('common');
  const state = useCardToken();
  const qrSize = {
    compact: 'size-40',
    full: 'size-[min(74vw,20rem)]',
    // The cashier's view: as large as the screen leaves room for beside the member code.
    cashier: 'size-[min(88vw,58dvh,32rem)]',
  }[size];

  const notice = (title: string, body: string, retry?: () => void) => (
    <div
      role="status"
      className={classNames(qrSize, 'flex flex-col items-center justify-center gap-2 text-center')}
    >
      <p className="font-semibold">{title}</p>
      <p className={classNames('text-ink-muted', size === 'compact' ? 'text-xs' : 'text-sm')}>
        {body}
      </p>
      {retry ? (
        <Button variant="secondary" size="sm" onClick={retry}>
          {tCommon('retry')}
        </Button>
      ) : null}
    </div>
  );

  const content = () => {
    switch (state.status) {
      case 'loading':
        return <Skeleton className={qrSize} />;
      case 'offline':
        return notice(t('offlineTitle'), t('offlineBody'));
      case 'error':
        return notice(t('expiredTitle'), t('errorBody'), state.retry);
      case 'expired':
        return notice(t('expiredTitle'), t('expiredBody'), state.retry);
      case 'live':
      case 'grace':
        return (
          <>
            <QrCode value={state.token} label={t('qrLabel')} className={qrSize} />
            {state.status === 'live' ? (
              <div className="flex w-full flex-col items-center gap-1.5 pt-2">
                <ProgressBar
                  value={state.secondsLeft}
                  max={STEP_SECONDS}
                  label={t('rotationHint')}
                  valueText={t('countdown', { seconds: state.secondsLeft })}
                  className="h-1.5"
                />
                <p className="text-xs text-ink-muted tabular-nums" aria-hidden="true">
                  {t('countdown', { seconds: state.secondsLeft })}
                </p>
              </div>
            ) : (
              <p role="status" className="pt-2 text-center text-xs text-warning-800 tabular-nums">
                <span className="block font-semibold">{t('graceTitle')}</span>
                {t('graceBody', { seconds: state.secondsLeft })}
              </p>
            )}
            {size === 'full' ? (
              <p
                data-testid="card-token"
                className="pt-1 font-mono text-xs break-all text-ink-muted select-all"
              >
                {state.token}
              </p>
            ) : null}
          </>
        );
    }
  };

  return (
    <div className="flex flex-col items-center rounded-control bg-white p-3 text-ink">
      {content()}
    </div>
  );
};
