'use client';

import { QueryError } from '../components/query-error.tsx';

/** Any unexpected failure while rendering a page: a plain message and a retry. */
const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => (
  <main className="mx-auto max-w-md px-4 py-10">
    <QueryError onRetry={reset} />
  </main>
);

export default ErrorPage;
