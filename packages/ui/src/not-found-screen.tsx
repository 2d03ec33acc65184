import type { ReactNode } from 'react';
import { EmptyState } from './empty-state.tsx';

export type NotFoundScreenProps = {
  title: string;
  description: string;
  /** The way back, e.g. a link to the app's home. */
  action: ReactNode;
};

/** An app's 404 page: a page of its own, titled for screen readers, with a way back. */
export const NotFoundScreen = ({ title, description, action }: NotFoundScreenProps) => (
  <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center px-4">
    <h1 className="sr-only">{title}</h1>
    <EmptyState title={title} description={description} action={action} />
  </main>
);
