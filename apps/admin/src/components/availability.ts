import type { BadgeTone } from '@fidele/ui';

/** Where a reward or an offer stands for members: on now, not yet, no longer, none left, hidden. */
export type Availability = 'live' | 'scheduled' | 'ended' | 'soldOut' | 'archived';

export const availabilityTone: Record<Availability, BadgeTone> = {
  live: 'success',
  scheduled: 'info',
  ended: 'neutral',
  soldOut: 'warning',
  archived: 'neutral',
};
