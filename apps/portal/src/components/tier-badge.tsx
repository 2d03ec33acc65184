'use client';

import { classNames, textOnColour } from '@fidele/ui';
import type { HTMLAttributes } from 'react';
import { type NamedTier, useTierName } from './tier-name.ts';

export type TierBadgeProps = Omit<HTMLAttributes<HTMLSpanElement>, 'children'> & {
  tier: NamedTier & { colour?: string };
  size?: 'md' | 'lg';
};

/**
 * A tier's name on its own colour, in black or white, whichever reads better on it. A tier met
 * without its colour (an old history line) gets a neutral badge.
 */
export const TierBadge = ({ tier, size = 'md', className, style, ...props }: TierBadgeProps) => {
  const tierName = useTierName();
  return (
    <span
      {...props}
      style={
        tier.colour
          ? { backgroundColor: tier.colour, color: textOnColour(tier.colour), ...style }
          : style
      }
      className={classNames(
        'inline-flex max-w-full items-center rounded-pill font-semibold break-words',
        size === 'lg' ? 'px-3.5 py-1 text-lg' : 'px-2.5 py-0.5 text-sm',
        !tier.colour && 'bg-surface-muted text-ink-muted ring-1 ring-border ring-inset',
        className,
      )}
    >
      {tierName(tier)}
    </span>
  );
};
