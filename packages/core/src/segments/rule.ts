import type { Channel } from '@fidele/db';

/** A customer's figure against a bound, or two. */
export type Comparison =
  | { op: 'gte'; value: number }
  | { op: 'lte'; value: number }
  | { op: 'between'; min: number; max: number };

/** One condition of a segment (validated at the API by `segmentCondition`). */
export type SegmentCondition =
  | { field: 'tier'; tierIds: string[] }
  | { field: 'pointsBalance'; compare: Comparison }
  /** Points earned by qualifying movements over the last `days`, less what refunds took back or wrote off. */
  | { field: 'pointsEarned'; days: number; compare: Comparison }
  /** Purchases less their refunds over the last `days`, in minor units. */
  | { field: 'amountSpent'; days: number; compare: Comparison }
  | { field: 'lastPurchase'; when: 'within' | 'notWithin' | 'never'; days?: number }
  | { field: 'channelsUsed'; match: 'any' | 'all' | 'none'; channels: Channel[] }
  | { field: 'homeShop'; shopIds: string[] }
  | { field: 'consent'; channel: 'email' | 'sms'; given: boolean }
  | { field: 'signupDate'; after?: Date; before?: Date };

/** Conditions and groups combined with AND or OR. */
export type SegmentRule = { combinator: 'and' | 'or'; rules: (SegmentCondition | SegmentRule)[] };
