import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signedIn } from '../../auth.ts';
import { HomeDashboard } from '../../components/home-dashboard.tsx';
import { Prefetched } from '../../trpc/prefetched.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('nav'))('home'),
});

const HomePage = async () => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  return (
    <Prefetched
      customer={customer}
      queries={(trpc) => [
        trpc.me.queryOptions(),
        trpc.tier.queryOptions(),
        trpc.pointsOutlook.queryOptions(),
        trpc.card.current.queryOptions(),
        trpc.offers.list.queryOptions(),
        trpc.invitations.list.queryOptions(),
        trpc.rewards.catalog.queryOptions(),
        trpc.codes.list.queryOptions({ view: 'active' }),
        trpc.movements.queryOptions({ limit: 5 }),
      ]}
    >
      <HomeDashboard />
    </Prefetched>
  );
};

export default HomePage;
