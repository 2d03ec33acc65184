export {
  ACTIVITY_FIGURES,
  activityRatios,
  ratio,
  SALES_CHANNELS,
  sumActivity,
} from './activity-figures.ts';
export type { ActivityFigure, ActivityTotals } from './activity-figures.ts';
export { rollUpActivity } from './activity-rollup.ts';
export { daysOf, dashboardPeriod, defaultRange } from './dashboard-period.ts';
export type { DashboardPeriod, DayRange } from './dashboard-period.ts';
export { readDashboard } from './read-dashboard.ts';
export type { Dashboard, DashboardScope } from './read-dashboard.ts';
export { dashboardScope } from './dashboard-scope.ts';
export type { DashboardViewer } from './dashboard-scope.ts';
export { FLOW_DAYS, readChannelFlows } from './channel-flows.ts';
export type { ChannelFlows } from './channel-flows.ts';
export { listCampaigns } from './campaigns.ts';
export type { Campaign } from './campaigns.ts';
