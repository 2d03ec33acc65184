import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signedIn } from '../../../auth.ts';
import { MemberCardScreen } from '../../../components/member-card-screen.tsx';
import { serverCaller } from '../../../server-caller.ts';
import { Prefetched } from '../../../trpc/prefetched.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('card'))('title'),
});

/** The card, rendered on the server; only its rotating code runs in the browser. */
const CardPage = async () => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const me = await (await serverCaller(customer)).me();
  return (
    <Prefetched customer={customer} queries={(trpc) => [trpc.card.current.queryOptions()]}>
      <MemberCardScreen memberCode={me.memberCode} name={me.firstName} tier={me.tier} />
    </Prefetched>
  );
};

export default CardPage;
