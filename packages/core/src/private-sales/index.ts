export {
  createPrivateSale,
  getPrivateSale,
  inviteToPrivateSale,
  listPrivateSaleInvitations,
  listPrivateSalesForAdmin,
  privateSaleNotFound,
  setPrivateSaleArchived,
  updatePrivateSale,
} from './private-sale-admin.ts';
export type {
  InvitationCounts,
  PrivateSaleStaff,
  PrivateSaleData,
  PrivateSalePhase,
  PrivateSaleView,
} from './private-sale-admin.ts';
export { answerInvitation, lapseWaitlistOffers, listCustomerInvitations } from './invitations.ts';
export type { InvitationAnswer } from './invitations.ts';
export { checkInInvitation, normalizeInvitationCode } from './check-in.ts';
export type { CheckedIn } from './check-in.ts';
export { remindTomorrowsGuests } from './reminders.ts';
export { openOnlineAccess } from './online-access.ts';
export type { OnlineAccess } from './online-access.ts';
