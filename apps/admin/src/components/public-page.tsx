import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch.tsx';

/** A page for staff who are not signed in (sign-in, forgotten password): one centred card. */
export const PublicPage = ({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) => (
  <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
    <div className="w-full max-w-sm rounded-card bg-surface p-6 shadow-card sm:p-8">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Fidèle</p>
      <h1 className="mt-1 text-2xl font-bold">{title}</h1>
      {subtitle ? <p className="mt-1 text-sm text-ink-muted">{subtitle}</p> : null}
      {children}
    </div>
    <LanguageSwitch />
  </main>
);
