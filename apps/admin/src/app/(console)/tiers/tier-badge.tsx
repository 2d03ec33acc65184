'use client';

import { Badge, type BadgeProps, isTierColour, textOnColour, tierNameIn } from '@fidele/ui';
import { useLocale } from 'next-intl';

type NamedTier = { name: string; nameFr: string; colour: string };

/** A tier's name on its own colour, the text kept readable whatever the colour. */
export const TierBadge = ({
  tier,
  ...props
}: Omit<BadgeProps, 'children' | 'tone'> & { tier: NamedTier }) => {
  const locale = useLocale();
  const colour = tier.colour.trim();
  return (
    <Badge
      tone="brand"
      {...props}
      style={
        isTierColour(colour)
          ? { backgroundColor: colour, color: textOnColour(colour), ...props.style }
          : props.style
      }
    >
      {tierNameIn(tier, locale)}
    </Badge>
  );
};
