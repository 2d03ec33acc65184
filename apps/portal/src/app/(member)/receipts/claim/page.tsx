import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReceiptClaimScreen } from '../../../../components/receipt-claim-screen.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('receipts'))('title'),
});

const ReceiptClaimPage = () => <ReceiptClaimScreen />;

export default ReceiptClaimPage;
