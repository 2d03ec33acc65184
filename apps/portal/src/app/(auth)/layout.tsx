import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { signedInId } from '../../auth.ts';
import { BrandMark } from '../../components/brand-mark.tsx';
import { PortalLocaleSwitcher } from '../../components/portal-locale-switcher.tsx';

/** Pages for visitors; a signed-in member goes straight home. */
const AuthLayout = async ({ children }: { children: ReactNode }) => {
  if (await signedInId()) redirect('/');
  const t = await getTranslations('common');
  return (
    <div className="mx-auto flex min-h-dvh w-full max-w-md flex-col px-4 py-6">
      <header className="mb-8 flex items-center justify-between">
        <BrandMark label={t('brand')} />
        <PortalLocaleSwitcher signedIn={false} />
      </header>
      <main className="flex-1">{children}</main>
    </div>
  );
};

export default AuthLayout;
