'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';

/**
 * Whether a list shows archived records too, kept in the URL (`?archived=1`) for reload and
 * sharing. The box answers at once; the URL follows.
 */
export const useShowArchived = () => {
  const router = useRouter();
  const pathname = usePathname();
  const [show, setShow] = useState(useSearchParams().get('archived') === '1');
  const change = (next: boolean) => {
    setShow(next);
    router.replace(next ? `${pathname}?archived=1` : pathname, { scroll: false });
  };
  return [show, change] as const;
};

export const ShowArchivedToggle = ({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange: (show: boolean) => void;
  label: string;
}) => (
  <label className="inline-flex min-h-10 items-center gap-2 self-start text-sm font-medium">
    <input
      type="checkbox"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      className="size-5 accent-brand-700"
    />
    {label}
  </label>
);
