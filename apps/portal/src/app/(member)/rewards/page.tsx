import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signedIn } from '../../../auth.ts';
import { RewardsScreen } from '../../../components/rewards-screen.tsx';
import { Prefetched } from '../../../trpc/prefetched.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('rewards'))('title'),
});

const RewardsPage = async () => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  return (
    <Prefetched
      customer={customer}
      queries={(trpc) => [trpc.rewards.catalog.queryOptions(), trpc.me.queryOptions()]}
    >
      <RewardsScreen />
    </Prefetched>
  );
};

export default RewardsPage;
