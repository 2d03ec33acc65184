import type { Channel } from '@fidele/db';
import type { ReactNode } from 'react';

const shapes: Record<Channel, ReactNode> = {
  STORE: <path d="M3 9l1.5-5h15L21 9M4 9v11h16V9M9 20v-6h6v6M3 9h18" />,
  ESHOP: (
    <>
      <path d="M3 4h2l2.4 11h11.2L21 7H6.2" />
      <circle cx="9" cy="19" r="1.5" />
      <circle cx="17" cy="19" r="1.5" />
    </>
  ),
  APP: (
    <>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <path d="M11 18h2" />
    </>
  ),
  SOCIAL: <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />,
  REFERRAL: (
    <>
      <circle cx="9" cy="8" r="3" />
      <path d="M3 20a6 6 0 0 1 12 0" />
      <circle cx="17" cy="9" r="2.5" />
      <path d="M16 14.5a5 5 0 0 1 5 5.5" />
    </>
  ),
  EMAIL: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3 7l9 6 9-6" />
    </>
  ),
  SMS: <path d="M4 5h16v11H9l-5 4z" />,
  ADMIN: (
    <>
      <path d="M4 14a8 8 0 0 1 16 0" />
      <rect x="3" y="14" width="4" height="6" rx="1" />
      <rect x="17" y="14" width="4" height="6" rx="1" />
    </>
  ),
};

/** A channel's pictogram; decorative, the channel's name is always written next to it. */
export const ChannelIcon = ({ channel }: { channel: Channel }) => (
  <span
    aria-hidden="true"
    className="grid size-10 shrink-0 place-items-center rounded-pill bg-brand-50 text-brand-800"
  >
    <svg
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {shapes[channel]}
    </svg>
  </span>
);
