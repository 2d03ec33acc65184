import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PublicPage } from '../../components/public-page.tsx';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('terms'))('title'),
});

const SECTIONS = ['points', 'codes', 'tiers', 'events', 'messages', 'data'] as const;

/** The programme's terms, for everyone: what sign-up links to, in the visitor's language. */
const TermsPage = async () => {
  const t = await getTranslations('terms');
  return (
    <PublicPage width="wide">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`terms-${section}`} className="flex flex-col gap-1">
          <h2 id={`terms-${section}`} className="text-lg font-bold">
            {t(`${section}.title`)}
          </h2>
          <p className="text-ink-muted">{t(`${section}.body`)}</p>
        </section>
      ))}
      <Link href="/sign-up" className="font-semibold text-brand-800 underline">
        {t('back')}
      </Link>
    </PublicPage>
  );
};

export default TermsPage;
