import { csvLine } from '@fidele/core/csv';
import { eachOfferClaim, getOffer, type OfferClaimRow } from '@fidele/core/offers';
import type { Db } from '@fidele/db';
import { offerIdInput } from '@fidele/validators';
import { csvFilename, csvStream, type ExportingStaff, requirePermission } from './csv-stream.ts';

const HEADER = [
  'claimed_at',
  'member_code',
  'first_name',
  'last_name',
  'channel',
  'shop',
  'code',
  'code_status',
  'redeemed_at',
] as const;

const claimLine = (claim: OfferClaimRow) =>
  csvLine([
    claim.createdAt.toISOString(),
    claim.customer.memberCode,
    claim.customer.firstName,
    claim.customer.lastName ?? '',
    claim.channel,
    claim.shop?.name ?? '',
    claim.code?.code ?? '',
    claim.code ? (claim.code.expired ? 'EXPIRED' : claim.code.status) : '',
    claim.code?.redeemedAt?.toISOString() ?? '',
  ]);

/** An offer's claims as CSV, latest first. */
export const exportOfferClaimsCsv = async (
  db: Db,
  staff: ExportingStaff | undefined,
  query: unknown,
): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> => {
  requirePermission(staff, 'rewards:read');
  const offer = await getOffer(db, offerIdInput.parse(query).offerId);
  return {
    filename: csvFilename('offer-claims', offer.titleEn),
    stream: await csvStream(HEADER, eachOfferClaim(db, offer.id), claimLine),
  };
};
