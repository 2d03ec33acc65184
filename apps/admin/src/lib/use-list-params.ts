'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { FormEvent } from 'react';

/**
 * A list whose state lives in the URL, so it can be shared, reloaded and navigated back to:
 * `params` as `read` finds them there, `navigate` to change some of them (in place, keeping the
 * scroll) and `reset` to drop them all.
 */
export const useListParams = <Params>(
  read: (search: URLSearchParams) => Params,
  toQuery: (params: Params) => string,
) => {
  const router = useRouter();
  const pathname = usePathname();
  const params = read(useSearchParams());
  const navigate = (next: Partial<Params>) =>
    router.replace(`${pathname}${toQuery({ ...params, ...next })}`, { scroll: false });
  const reset = () => router.replace(pathname);
  return { params, navigate, reset };
};

/** A search or filter form's submit handler: `apply` gets the form's trimmed text fields. */
export const onFilterSubmit =
  (apply: (text: (name: string) => string) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    apply((name) => String(form.get(name) ?? '').trim());
  };
