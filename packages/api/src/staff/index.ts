import { router } from '../trpc.ts';
import { apiKeysRouter } from './api-keys.ts';
import { auditRouter } from './audit.ts';
import { codesRouter } from './codes.ts';
import { contestsRouter } from './contests.ts';
import { referralsRouter } from './referrals.ts';
import { customersRouter } from './customers.ts';
import { dashboardRouter } from './dashboard.ts';
import { earnRulesRouter } from './earn-rules.ts';
import { gamePlaysRouter } from './game-plays.ts';
import { gamesRouter } from './games.ts';
import { me } from './me.ts';
import { messagesRouter } from './messages.ts';
import { offersRouter } from './offers.ts';
import { outboundWebhooksRouter } from './outbound-webhooks.ts';
import { privateSalesRouter } from './private-sales.ts';
import { staffPasswordsRouter } from './passwords.ts';
import { pointsRouter } from './points.ts';
import { purchasesRouter } from './purchases.ts';
import { redemptionsRouter } from './redemptions.ts';
import { rewardsRouter } from './rewards.ts';
import { segmentsRouter } from './segments.ts';
import { settingsRouter } from './settings.ts';
import { shopsRouter } from './shops.ts';
import { staffMembersRouter } from './staff-members.ts';
import { tiersRouter } from './tiers.ts';

/** The back office (apps/admin): every procedure names the permission it needs. */
export const staffRouter = router({
  me,
  dashboard: dashboardRouter,
  customers: customersRouter,
  points: pointsRouter,
  shops: shopsRouter,
  apiKeys: apiKeysRouter,
  webhooks: outboundWebhooksRouter,
  audit: auditRouter,
  rewards: rewardsRouter,
  codes: codesRouter,
  redemptions: redemptionsRouter,
  earnRules: earnRulesRouter,
  settings: settingsRouter,
  purchases: purchasesRouter,
  tiers: tiersRouter,
  segments: segmentsRouter,
  offers: offersRouter,
  privateSales: privateSalesRouter,
  messages: messagesRouter,
  games: gamesRouter,
  gamePlays: gamePlaysRouter,
  contests: contestsRouter,
  referrals: referralsRouter,
  staff: staffMembersRouter,
  passwords: staffPasswordsRouter,
});

export type StaffRouter = typeof staffRouter;
