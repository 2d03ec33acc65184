import { Prisma, queryRows, type Tx } from '@fidele/db';
import { AppError } from '../errors.ts';
import { offerPhase } from '../offers/offer-rules.ts';
import { generateDiscountCode } from '../rewards/code-format.ts';

/** A percentage applies to any currency; the code's currency only labels it. */
const PERCENTAGE_CURRENCY = 'EUR';

export type OnlineAccess = {
  privateSale: {
    id: string;
    kind: string;
    nameEn: string;
    nameFr: string;
    textEn: string;
    textFr: string;
    startsAt: Date;
    endsAt: Date;
    phase: ReturnType<typeof offerPhase>;
  };
  /** The customer's own code for the e-shop's checkout, valid only while the event is on. */
  code: { code: string; discountPercent: number; validFrom: Date; validUntil: Date } | null;
};

/**
 * An online private sale's door: only the customer whose invitation it is, once she has a place
 * (accepted, a place offered from the waitlist confirmed), and only until the event ends. An event
 * with a discount gives her a code of her own the first time (one per invitation, even if she
 * opens the page twice at once), valid online only and only between the event's start and end:
 * what the e-shop needs to apply the sale, through the codes API it already uses.
 */
export const openOnlineAccess = async (
  tx: Tx,
  input: { customerId: string; invitationId: string; now?: Date },
): Promise<OnlineAccess> => {
  const now = input.now ?? new Date();
  const invitation = await tx.invitation.findFirst({
    where: { id: input.invitationId, customerId: input.customerId },
    select: {
      id: true,
      status: true,
      offerExpiresAt: true,
      privateSale: {
        select: {
          id: true,
          kind: true,
          nameEn: true,
          nameFr: true,
          textEn: true,
          textFr: true,
          shopId: true,
          startsAt: true,
          endsAt: true,
          archivedAt: true,
          discountPercent: true,
        },
      },
    },
  });
  if (!invitation) throw new AppError('invitation_not_found');
  const { shopId, archivedAt, discountPercent, ...sale } = invitation.privateSale;
  if (shopId) throw new AppError('private_sale_not_online');
  if (archivedAt || sale.endsAt <= now) throw new AppError('private_sale_over');
  if (
    !(invitation.status === 'ACCEPTED' || invitation.status === 'CHECKED_IN') ||
    invitation.offerExpiresAt
  )
    throw new AppError('invitation_not_accepted');
  const privateSale = { ...sale, phase: offerPhase({ ...sale, archivedAt }, now) };
  if (!discountPercent) return { privateSale, code: null };
  const [row] = await queryRows<{ code: string }>(
    tx,
    Prisma.sql`
    WITH issued AS (
      INSERT INTO "DiscountCode" (code, "customerId", "invitationId", "discountType", "discountValue",
                                  currency, channels, "validFrom", "validUntil")
      VALUES (${generateDiscountCode()}, ${input.customerId}::uuid, ${invitation.id}::uuid,
              'PERCENTAGE', ${discountPercent}, ${PERCENTAGE_CURRENCY}, 'ONLINE', ${sale.startsAt}::timestamptz,
              ${sale.endsAt}::timestamptz)
      ON CONFLICT ("invitationId") DO NOTHING
      RETURNING id, code
    ), told AS (
      INSERT INTO "CodeEvent" ("codeId", type, channel, "actorType", "actorId")
      SELECT id, 'ISSUED', 'APP', 'CUSTOMER', ${input.customerId} FROM issued
    )
    SELECT code FROM issued
    UNION ALL
    SELECT code FROM "DiscountCode" WHERE "invitationId" = ${invitation.id}::uuid`,
  );
  // Issued by another request at the same moment, after this statement's snapshot: read it now.
  const code =
    row?.code ??
    (
      await tx.discountCode.findUniqueOrThrow({
        where: { invitationId: invitation.id },
        select: { code: true },
      })
    ).code;
  return {
    privateSale,
    code: { code, discountPercent, validFrom: sale.startsAt, validUntil: sale.endsAt },
  };
};
