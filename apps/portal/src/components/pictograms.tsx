import type { ReactNode } from 'react';

/** Line pictograms drawn in SVG: emoji depend on the device's fonts, these do not. */
const Pictogram = ({
  children,
  className = 'size-8',
}: {
  children: ReactNode;
  className?: string;
}) => (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className={className}
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    {children}
  </svg>
);

export const ShoppingBagPictogram = () => (
  <Pictogram>
    <path d="M5 8h14l-1 12H6z" />
    <path d="M9 8V6a3 3 0 0 1 6 0v2" />
  </Pictogram>
);

export const ReceiptPictogram = () => (
  <Pictogram>
    <path d="M6 3h12v18l-3-2-3 2-3-2-3 2z" />
    <path d="M9 8h6M9 12h6M9 16h3" />
  </Pictogram>
);

export const EnvelopePictogram = () => (
  <Pictogram>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <path d="M3 7l9 6 9-6" />
  </Pictogram>
);

export const SunPictogram = () => (
  <Pictogram className="size-5 shrink-0">
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
  </Pictogram>
);
