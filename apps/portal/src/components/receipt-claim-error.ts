type ReceiptClaimErrorKey =
  'mistyped' | 'notFound' | 'alreadyClaimed' | 'expired' | 'refunded' | 'generic';

const keys: Record<string, ReceiptClaimErrorKey> = {
  claim_code_mistyped: 'mistyped',
  receipt_not_found: 'notFound',
  receipt_already_claimed: 'alreadyClaimed',
  receipt_claim_expired: 'expired',
  receipt_refunded: 'refunded',
};

/** Why a receipt claim was refused, as a key under `receipts.errors` (never the server's words). */
export const receiptClaimErrorKey = (error: unknown): ReceiptClaimErrorKey => {
  const appCode = (error as { data?: { appCode?: string } | null } | null)?.data?.appCode;
  return (appCode && keys[appCode]) || 'generic';
};
