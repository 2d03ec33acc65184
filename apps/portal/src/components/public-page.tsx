import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { signedInId } from '../auth.ts';
import { BrandMark } from './brand-mark.tsx';
import { PortalLocaleSwitcher } from './portal-locale-switcher.tsx';

/**
 * A page anyone may open, signed in or not (the terms, an email's link): the brand and the
 * language switch above its content, without the member's navigation.
 */
export const PublicPage = async ({
  width = 'narrow',
  children,
}: {
  /** `narrow` for a page about one action, `wide` for reading. */
  width?: 'narrow' | 'wide';
  children: ReactNode;
}) => {
  const common = await getTranslations('common');
  return (
    <div
      className={`mx-auto flex min-h-dvh w-full ${width === 'wide' ? 'max-w-2xl' : 'max-w-md'} flex-col px-4 py-6`}
    >
      <header className="mb-8 flex items-center justify-between">
        <BrandMark label={common('brand')} />
        <PortalLocaleSwitcher signedIn={Boolean(await signedInId())} />
      </header>
      <main className="flex flex-1 flex-col gap-6">{children}</main>
    </div>
  );
};
