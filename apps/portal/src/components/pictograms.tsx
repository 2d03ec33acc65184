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

export const TicketPictogram = () => (
  <Pictogram>
    <path d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v8a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2z" />
    <path d="M9 6v12" strokeDasharray="2 2" />
  </Pictogram>
);

export const GiftPictogram = () => (
  <Pictogram>
    <rect x="3" y="8" width="18" height="4" rx="1" />
    <path d="M5 12v8h14v-8M12 8v12" />
    <path d="M12 8c-1.5-3-5-3.5-5-1.2C7 8 9.5 8 12 8zM12 8c1.5-3 5-3.5 5-1.2C17 8 14.5 8 12 8z" />
  </Pictogram>
);

export const LockPictogram = () => (
  <Pictogram className="size-4 shrink-0">
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V8a4 4 0 0 1 8 0v3" />
  </Pictogram>
);

export const ClockPictogram = () => (
  <Pictogram className="size-5 shrink-0">
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </Pictogram>
);

export const HourglassPictogram = () => (
  <Pictogram className="size-5 shrink-0">
    <path d="M6 3h12M6 21h12" />
    <path d="M7 3c0 4 5 6 5 9s-5 5-5 9M17 3c0 4-5 6-5 9s5 5 5 9" />
  </Pictogram>
);

export const ReturnPictogram = () => (
  <Pictogram className="size-5 shrink-0">
    <path d="M9 14l-5-5 5-5" />
    <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
  </Pictogram>
);

export const GamePictogram = () => (
  <Pictogram>
    <path d="M7 8h10a5 5 0 0 1 0 10c-1.7 0-2.6-1-3.4-2h-3.2c-.8 1-1.7 2-3.4 2A5 5 0 0 1 7 8z" />
    <path d="M8 11v4M6 13h4M15.5 12.5h.01M17.5 14.5h.01" />
  </Pictogram>
);

export const FriendsPictogram = () => (
  <Pictogram>
    <circle cx="9" cy="8" r="3" />
    <path d="M3 20a6 6 0 0 1 12 0" />
    <circle cx="17" cy="9" r="2.5" />
    <path d="M16 14.5a5 5 0 0 1 5 5.5" />
  </Pictogram>
);
