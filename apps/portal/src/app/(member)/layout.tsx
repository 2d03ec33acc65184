import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { signedIn } from '../../auth.ts';
import { BrandMark } from '../../components/brand-mark.tsx';
import { MainNav } from '../../components/main-nav.tsx';
import { NotificationBell } from '../../components/notification-bell.tsx';
import { PortalLocaleSwitcher } from '../../components/portal-locale-switcher.tsx';
import { SignOutButton } from '../../components/sign-out-button.tsx';
import { Prefetched } from '../../trpc/prefetched.tsx';
import { TRPCProvider } from '../../trpc/react.tsx';

/**
 * The signed-in member's pages; a visitor is sent to sign in. The bell's unread count is asked on
 * the server and comes with the page (the bell still polls it in the browser). The tRPC client
 * is provided here and in the cashier's layout, not at the root: public pages do not load it.
 */
const MemberLayout = async ({ children }: { children: ReactNode }) => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const t = await getTranslations('common');
  return (
    <TRPCProvider>
      <div className="min-h-dvh pb-20 lg:pb-0">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-20 focus:rounded-control focus:bg-surface focus:px-3 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        <header className="border-b border-border bg-surface">
          {/* Too narrow for all of it (a 360 px phone in French), the controls take a second row. */}
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
            <BrandMark label={t('brand')} />
            <div className="ml-auto flex items-center gap-1">
              <Prefetched
                customer={customer}
                queries={(trpc) => [trpc.notifications.unread.queryOptions()]}
              >
                <NotificationBell />
              </Prefetched>
              <PortalLocaleSwitcher signedIn />
              <SignOutButton />
            </div>
            {/* On wide screens the sections take a row of their own, with room for the French words
              beside the controls at 1024 px; on phones they are the tab bar at the bottom. */}
            <div className="lg:-mx-1.5 lg:w-full">
              <MainNav />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
      </div>
    </TRPCProvider>
  );
};

export default MemberLayout;
