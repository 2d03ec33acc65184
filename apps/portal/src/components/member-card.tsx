'use client';

import { classNames, QrCode } from '@fidele/ui';
import { useTranslations } from 'next-intl';

export type MemberCardProps = {
  memberCode: string;
  name: string;
  tierName: string;
  /** `full` fills the screen width for scanning at the till. */
  size?: 'compact' | 'full';
};

/** The member card: QR of the member code, and the code as text for typing at a till. */
export const MemberCard = ({ memberCode, name, tierName, size = 'compact' }: MemberCardProps) => {
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
      <div className="rounded-control bg-white p-3">
        <QrCode
          value={memberCode}
          label={t('qrLabel', { code: memberCode })}
          className={size === 'full' ? 'size-[min(72vw,20rem)]' : 'size-40'}
        />
      </div>
      <div className="text-center">
        <p className="text-sm font-medium">{t('memberCode')}</p>
        <p
          data-testid="member-code"
          className="font-mono text-xl font-bold tracking-[0.2em] tabular-nums"
        >
          {memberCode}
        </p>
      </div>
    </div>
  );
};
