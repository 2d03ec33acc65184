import Link from 'next/link';

/** The wordmark, linking home. */
export const BrandMark = ({ label }: { label: string }) => (
  <Link
    href="/"
    className="inline-flex items-center gap-2 rounded-control text-lg font-bold text-brand-800"
  >
    <span
      aria-hidden="true"
      className="grid size-8 place-items-center rounded-control bg-brand-700 text-base text-on-brand"
    >
      F
    </span>
    {label}
  </Link>
);
