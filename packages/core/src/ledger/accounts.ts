import type { Channel, MovementType } from '@fidele/db';

/**
 * The programme account on the other side of a customer movement. Points issued, redeemed,
 * expired or adjusted are tracked per channel, so the programme's liability per channel is a
 * balance, not a report.
 */
export const programmeAccountCode = (type: MovementType, channel: Channel): string => {
  switch (type) {
    case 'EARN':
      return `issued:${channel}`;
    case 'REDEEM':
      return `redeemed:${channel}`;
    case 'EXPIRE':
      return 'expired';
    case 'ADJUST':
      return `adjusted:${channel}`;
    case 'REVERSAL':
      return `reversed:${channel}`;
  }
};
