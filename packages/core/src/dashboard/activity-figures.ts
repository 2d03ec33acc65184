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
