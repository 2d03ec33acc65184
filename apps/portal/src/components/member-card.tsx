import { classNames } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { CardTokenPanel } from './card-token-panel.tsx';

export type MemberCardProps = {
  memberCode: string;
  name: string;
  tierName: string;
  /** `full` fills the screen width for scanning at the till. */
  size?: 'compact' | 'full';
  /** Shown under the member code, e.g. a link to the full-screen card. */
  action?: ReactNode;
};

/**
 * The member card: the QR of the rotating token (earns and spends points at the till), and the
 * static member code as text, which a cashier can type to earn points when nothing scans.
 */
export const MemberCard = ({
  memberCode,
  name,
  tierName,
  size = 'compact',
  action,
}: MemberCardProps) => {
  const t = useTranslations('card');
  return (
    <div
      className={classNames(
        'flex flex-col items-center gap-4 rounded-card bg-gradient-to-br from-brand-700 to-brand-900 p-5 text-on-brand',
        size === 'full' && 'sm:p-8',
      )}
    >
      <div className="flex w-full items-baseline justify-between gap-3">
        <span className="text-lg font-bold">Fidèle</span>
        <span className="truncate text-sm font-medium">
          {name} · {tierName}
        </span>
      </div>
      <CardTokenPanel size={size} />
      <div className="text-center">
        <p className="text-sm font-medium">{t('memberCode')}</p>
        <p
          data-testid="member-code"
          className="font-mono text-xl font-bold tracking-[0.2em] tabular-nums"
        >
          {memberCode}
        </p>
      </div>
      {action}
    </div>
  );
};
