import type { Channel } from '@fidele/db';

/** What `DailyActivity` counts per day, channel and shop (amounts in minor units). */
export const ACTIVITY_FIGURES = [
  'newMembers',
  'pointsIssued',
  'pointsRedeemed',
  'pointsNet',
  'codesIssued',
  'codesRedeemed',
  'discountGiven',
  'purchases',
  'purchaseAmount',
  'memberPurchases',
  'memberPurchaseAmount',
  'plays',
  'playsWon',
  'contestEntries',
  'messagesSent',
  'messagesOpened',
  'messagesClicked',
  'messagesFailed',
] as const;

export type ActivityFigure = (typeof ACTIVITY_FIGURES)[number];
export type ActivityTotals = Record<ActivityFigure, number>;

export const noActivity = (): ActivityTotals =>
  Object.fromEntries(ACTIVITY_FIGURES.map((figure) => [figure, 0])) as ActivityTotals;

/** Adds `row`'s figures into `into`. */
export const addActivity = (into: ActivityTotals, row: ActivityTotals): ActivityTotals => {
  for (const figure of ACTIVITY_FIGURES) into[figure] += row[figure];
  return into;
};

/** The sum of several channels' figures. */
export const sumActivity = (rows: Iterable<ActivityTotals>): ActivityTotals => {
  const total = noActivity();
  for (const row of rows) addActivity(total, row);
  return total;
};

/** A ratio, or null when there is nothing to divide by (shown as "–", never as 0 % or NaN). */
export const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;

/** Channels where purchases happen, in the order the dashboard shows them. */
export const SALES_CHANNELS = ['STORE', 'ESHOP'] as const satisfies readonly Channel[];

/** The headline ratios of a period's activity. */
export const activityRatios = (totals: ActivityTotals) => ({
  /** Points spent on rewards per point issued. */
  redemptionRate: ratio(totals.pointsRedeemed, totals.pointsIssued),
  averageBasket: ratio(totals.purchaseAmount, totals.purchases),
  /** Members' purchases' share of all the sales recorded (anonymous receipts included). */
  membersShareOfSales: ratio(totals.memberPurchaseAmount, totals.purchaseAmount),
  /** Codes redeemed per code issued. */
  codeRedemptionRate: ratio(totals.codesRedeemed, totals.codesIssued),
  openRate: ratio(totals.messagesOpened, totals.messagesSent),
  clickRate: ratio(totals.messagesClicked, totals.messagesSent),
});
