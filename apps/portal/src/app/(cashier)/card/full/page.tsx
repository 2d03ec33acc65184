import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signedIn } from '../../../../auth.ts';
import { CashierCard } from '../../../../components/cashier-card.tsx';
import { serverCaller } from '../../../../server-caller.ts';
import { Prefetched } from '../../../../trpc/prefetched.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('card'))('title'),
});

/** The member card full screen, for the cashier to scan or type. */
const FullScreenCardPage = async () => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const me = await (await serverCaller(customer)).me();
  return (
    <Prefetched customer={customer} queries={(trpc) => [trpc.card.current.queryOptions()]}>
      <CashierCard memberCode={me.memberCode} name={me.firstName} tier={me.tier} />
    </Prefetched>
  );
};

export default FullScreenCardPage;
