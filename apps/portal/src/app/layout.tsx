import { timeZone } from '@fidele/i18n';
import { FormatLocaleProvider } from '@fidele/ui';
import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import './globals.css';

export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('metadata');
  return { title: { default: t('title'), template: '%s · Fidèle' }, description: t('description') };
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#45288f' };

const RootLayout = async ({ children }: { children: ReactNode }) => {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-canvas font-sans text-ink antialiased">
        <NextIntlClientProvider>
          <FormatLocaleProvider locale={locale} timeZone={timeZone}>
            {children}
          </FormatLocaleProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
};

export default RootLayout;
