import { router } from '../trpc.ts';
import { cardRouter } from './card.ts';
import { codesRouter } from './codes.ts';
import { contestsRouter } from './contests.ts';
import { privacyRouter } from './privacy.ts';
import { referralsRouter } from './referrals.ts';
import { gamesRouter } from './games.ts';
import { invitationsRouter } from './invitations.ts';
import { me } from './me.ts';
import { trackMessageProcedure } from './message-tracking.ts';
import { notificationsRouter } from './notifications.ts';
import { movements } from './movements.ts';
import { offersRouter } from './offers.ts';
import { customerPasswordsRouter } from './passwords.ts';
import { pointsOutlook } from './points-outlook.ts';
import { purchasesRouter } from './purchases.ts';
import { profileRouter } from './profile.ts';
import { receiptsRouter } from './receipts.ts';
import { rewardsRouter } from './rewards.ts';
import { setLocale } from './set-locale.ts';
import { signUp } from './sign-up.ts';
import { tier, tierCelebrated } from './tier.ts';
import { unsubscribeRouter } from './unsubscribe.ts';
import { waysToEarn } from './ways-to-earn.ts';

/** The customer portal's procedures (apps/portal mounts it at /api/trpc). */
export const customerRouter = router({
  me,
  movements,
  pointsOutlook,
  purchases: purchasesRouter,
  tier,
  tierCelebrated,
  waysToEarn,
  signUp,
  setLocale,
  rewards: rewardsRouter,
  offers: offersRouter,
  invitations: invitationsRouter,
  notifications: notificationsRouter,
  codes: codesRouter,
  games: gamesRouter,
  contests: contestsRouter,
  referrals: referralsRouter,
  privacy: privacyRouter,
  card: cardRouter,
  receipts: receiptsRouter,
  profile: profileRouter,
  passwords: customerPasswordsRouter,
  unsubscribe: unsubscribeRouter,
  trackMessage: trackMessageProcedure,
});

export type CustomerRouter = typeof customerRouter;
