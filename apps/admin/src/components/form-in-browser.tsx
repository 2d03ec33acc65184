'use client';

import { Skeleton } from '@fidele/ui';
import { type ReactNode, useState, useSyncExternalStore } from 'react';

const noChange = () => () => {};

/**
 * A new record's form whose first values come from the browser's clock (dates from now, in the
 * browser's time zone): rendered in the browser only, so the server's clock and time zone never
 * fill them in; until then, the form's and its preview's places.
 */
export const FormInBrowser = <T,>({
  initial,
  children,
}: {
  initial: (now: Date) => T;
  children: (initial: T) => ReactNode;
}) => {
  const [values] = useState(() => initial(new Date()));
  const inBrowser = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  return inBrowser ? (
    children(values)
  ) : (
    <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
      <Skeleton className="h-96 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
};
