import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signedIn } from '../../../auth.ts';
import { HISTORY_PAGE_SIZE } from '../../../components/history-paging.ts';
import { HistoryScreen } from '../../../components/history-screen.tsx';
import { serverCaller } from '../../../server-caller.ts';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('history'))('title'),
});

/** Her history: the first page read and rendered on the server, the rest asked for as she scrolls. */
const HistoryPage = async () => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const firstPage = await (await serverCaller(customer)).movements({ limit: HISTORY_PAGE_SIZE });
  return <HistoryScreen firstPage={firstPage} />;
};

export default HistoryPage;
