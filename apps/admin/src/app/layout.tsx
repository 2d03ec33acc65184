import { PROGRAMME_TIME_ZONE } from '@fidele/core/calendar';
import { FormatLocaleProvider } from '@fidele/ui';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TRPCProvider } from '@/trpc/react.tsx';
import './globals.css';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: 'noindex' };
};

const RootLayout = async ({ children }: { children: ReactNode }) => {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-canvas font-sans text-ink antialiased">
        <NextIntlClientProvider>
          <FormatLocaleProvider locale={locale} timeZone={PROGRAMME_TIME_ZONE}>
            <TRPCProvider>{children}</TRPCProvider>
          </FormatLocaleProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
};

export default RootLayout;
