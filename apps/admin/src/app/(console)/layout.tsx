import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { currentStaff } from '@/auth.ts';
import { ConsoleNav } from '@/components/console-nav.tsx';
import { LanguageSwitch } from '@/components/language-switch.tsx';
import { StaffProvider } from '@/components/staff-context.tsx';
import { signOutAction } from '../actions.ts';

/** Every back-office page: signed-in staff only, with the navigation their role may use. */
const ConsoleLayout = async ({ children }: { children: ReactNode }) => {
  const staff = await currentStaff();
  if (!staff) redirect('/sign-in');
  const t = await getTranslations();
  return (
    <StaffProvider staff={{ id: staff.id, role: staff.role, name: staff.name }}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-control focus:bg-surface focus:px-4 focus:py-2 focus:shadow-card"
      >
        {t('nav.skip')}
      </a>
      <div className="min-h-dvh lg:grid lg:grid-cols-[13rem_1fr] xl:grid-cols-[16rem_1fr]">
        <div className="border-b border-border bg-surface lg:border-r lg:border-b-0">
          <header className="flex flex-col gap-4 px-4 py-4 lg:sticky lg:top-0 lg:h-dvh lg:overflow-y-auto lg:px-3 lg:py-6 xl:px-5">
            <p className="text-lg font-bold text-brand-800">
              Fidèle <span className="font-medium text-ink-muted">· {t('nav.backOffice')}</span>
            </p>
            <ConsoleNav />
            <div className="flex flex-wrap items-center gap-3 lg:mt-auto lg:flex-col lg:items-start">
              <p className="text-sm">
                <span className="block font-semibold">{staff.name}</span>
                <span className="text-ink-muted">{t(`roles.${staff.role}`)}</span>
                <Link
                  href="/account"
                  className="block font-semibold text-brand-800 underline-offset-2 hover:underline"
                >
                  {t('nav.account')}
                </Link>
              </p>
              <LanguageSwitch />
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="min-h-9 rounded-control px-3 text-sm font-semibold text-brand-800 ring-1 ring-inset ring-border-strong hover:bg-brand-50"
                >
                  {t('nav.signOut')}
                </button>
              </form>
            </div>
          </header>
        </div>
        <main id="main" className="min-w-0 px-4 py-6 lg:px-6 lg:py-8 xl:px-10">
          {children}
        </main>
      </div>
    </StaffProvider>
  );
};

export default ConsoleLayout;
