import { type Db, Prisma, queryRows, type Tx } from '@fidele/db';
import { AppError, type ErrorCode } from '../errors.ts';
import { offerPhase } from '../offers/offer-rules.ts';

/**
 * A customer's invitations, the events still to come or on now first: what, where, when, their
 * answer and the personal code their QR carries.
 */
export const listCustomerInvitations = async (db: Db, customerId: string, now = new Date()) => {
  const rows = await db.invitation.findMany({
    where: { customerId, privateSale: { archivedAt: null } },
    orderBy: [{ privateSale: { startsAt: 'asc' } }, { id: 'asc' }],
    take: 50,
    select: {
      id: true,
      code: true,
      status: true,
      offerExpiresAt: true,
      checkedInAt: true,
      privateSale: {
        select: {
          id: true,
          kind: true,
          nameEn: true,
          nameFr: true,
          textEn: true,
          textFr: true,
          startsAt: true,
          endsAt: true,
          archivedAt: true,
          capacity: true,
          placesTaken: true,
          shop: { select: { name: true, city: true } },
        },
      },
    },
  });
  return rows
    .map(({ privateSale: { capacity, placesTaken, ...sale }, ...invitation }) => ({
      ...invitation,
      privateSale: {
        ...sale,
        phase: offerPhase(sale, now),
        full: placesTaken >= capacity,
      },
    }))
    .sort(
      (a, b) => Number(a.privateSale.phase === 'ended') - Number(b.privateSale.phase === 'ended'),
    );
};

/** LAPSED: she answered a place offered from the waitlist after its time; it passed on. */
export type InvitationAnswer = 'ACCEPTED' | 'WAITLISTED' | 'DECLINED' | 'LAPSED';

/**
 * The customer's answer to their invitation (`answer_invitation`, one statement): accepting takes
 * a place while one is left, else puts them on the waitlist, and confirms a place offered from
 * the waitlist; declining offers their place to the first on the waitlist, for the event's hours
 * to confirm. Another customer's invitation is `invitation_not_found`.
 */

export const answerInvitation = async (
  db: Db | Tx,
  input: { customerId: string; invitationId: string; accept: boolean; now?: Date },
): Promise<{ status: InvitationAnswer }> => {
  const [row] = await queryRows<{ outcome: { status: InvitationAnswer } | { refused: ErrorCode } }>(
    db,
    Prisma.sql`SELECT answer_invitation(${input.invitationId}::uuid, ${input.customerId}::uuid,
      ${input.accept}::boolean, ${input.now ?? new Date()}::timestamptz) AS outcome`,
  );
  const outcome = row!.outcome;
  if ('refused' in outcome) throw new AppError(outcome.refused);
  return outcome;
};

/**
 * Places offered from the waitlist and not confirmed in time lapse, each offered to the next in
 * line (`lapse_waitlist_offers`). Returns how many lapsed.
 */
export const lapseWaitlistOffers = async (db: Db, now = new Date()): Promise<number> => {
  const [row] = await queryRows<{ lapsed: number }>(
    db,
    Prisma.sql`SELECT lapse_waitlist_offers(${now}::timestamptz) AS lapsed`,
  );
  return row!.lapsed;
};
